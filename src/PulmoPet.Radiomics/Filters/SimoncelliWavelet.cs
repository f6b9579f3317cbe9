using System.Numerics;
using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// The non-separable Simoncelli wavelet (IBSI 2 reference manual, section 2.3.6), an isotropic band-pass filter defined
/// in the Fourier domain: with ν the frequency radius normalised to 1 at the grid edge and ν_max = 2^(1 − level),
/// H(ν) = cos(π/2 · log2(2ν / ν_max)) for ν_max / 4 ≤ ν ≤ ν_max, else 0. The response is the real part of the inverse
/// FFT of the image spectrum times H, so the boundary is periodic. Normalised frequency coordinates are (k − (n − 1)/2) /
/// ((n − 1)/2) on the centred grid, moved to FFT order by ifftshift, as in the IBSI 2 reference implementation (MIRP).
/// </summary>
public static class SimoncelliWavelet
{
    /// <exception cref="InvalidInputException">A dimension is not a power of two, or the level is below 1.</exception>
    public static Volume<double> Compute(Volume image, int level)
    {
        var size = image.Size;
        int[] n = [size.X, size.Y, size.Z];
        if (n.Any(d => d < 2 || (d & (d - 1)) != 0))
        {
            throw new InvalidInputException($"The Simoncelli wavelet needs image dimensions that are powers of two (periodic FFT); the image is {size}.");
        }

        if (level < 1) throw new InvalidInputException($"The Simoncelli wavelet level must be at least 1, not {level}.");

        int total = (int)image.Geometry.VoxelCount;
        var spectrum = new Complex[total];
        for (int i = 0; i < total; i++) spectrum[i] = image.GetValue(i);
        Transform3D(spectrum, n, inverse: false);

        double maxFrequency = Math.Pow(2, 1 - level);
        var coordinates = n.Select(Coordinates).ToArray();
        for (int z = 0, i = 0; z < n[2]; z++)
        {
            for (int y = 0; y < n[1]; y++)
            {
                for (int x = 0; x < n[0]; x++, i++)
                {
                    double nu = Math.Sqrt(Sq(coordinates[0][x]) + Sq(coordinates[1][y]) + Sq(coordinates[2][z]));
                    double h = nu >= maxFrequency / 4 && nu <= maxFrequency
                        ? Math.Cos(Math.PI / 2 * Math.Log2(2 * nu / maxFrequency))
                        : 0;
                    spectrum[i] *= h;
                }
            }
        }

        Transform3D(spectrum, n, inverse: true);
        var result = new Volume<double>(image.Geometry);
        for (int i = 0; i < total; i++) result.Voxels[i] = spectrum[i].Real;
        return result;
    }

    /// <summary>Normalised frequency coordinate of each FFT index: the centred grid value at (k + n/2) mod n (ifftshift).</summary>
    private static double[] Coordinates(int n)
    {
        double centre = (n - 1) / 2.0;
        return [.. Enumerable.Range(0, n).Select(k => ((k + n / 2) % n - centre) / centre)];
    }

    private static void Transform3D(Complex[] data, int[] n, bool inverse)
    {
        int[] strides = [1, n[0], n[0] * n[1]];
        for (int axis = 0; axis < 3; axis++)
        {
            int length = n[axis], stride = strides[axis];
            var line = new Complex[length];
            for (int start = 0; start < data.Length; start++)
            {
                // A line starts at every index whose coordinate along this axis is 0.
                if (start / stride % length != 0) continue;
                for (int k = 0; k < length; k++) line[k] = data[start + k * stride];
                Fft.Transform(line, inverse);
                for (int k = 0; k < length; k++) data[start + k * stride] = line[k];
            }
        }
    }

    private static double Sq(double v) => v * v;
}
