using System.Numerics;
using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// Pseudo-3D Gabor (IBSI 2 reference manual, sections 2.3.4 and 2.4): the 2D Gabor filter of <see cref="GaborFilter"/>
/// applied in every slice of each orthogonal plane (axial x–y, coronal x–z, sagittal y–z) for each orientation, the
/// modulus responses averaged over orientations and planes. Each slice is padded by the kernel radius with the
/// boundary condition and convolved through the FFT (circular convolution on a power-of-two grid at least as large as
/// the padded slice, so the kept centre needs no wrap-around).
/// </summary>
public static class GaborPseudo3D
{
    /// <param name="image">The image.</param>
    /// <param name="sigmaMm">σ in mm.</param>
    /// <param name="lambdaMm">λ in mm.</param>
    /// <param name="gamma">γ.</param>
    /// <param name="thetas">Orientations in radians.</param>
    /// <param name="boundary">Boundary condition.</param>
    /// <param name="axialOnly">Only the axial plane (the plain 2D filter).</param>
    public static Volume<double> Compute(Volume image, double sigmaMm, double lambdaMm, double gamma, IReadOnlyList<double> thetas, BoundaryCondition boundary, bool axialOnly = false)
    {
        var g = image.Geometry;
        int[] n = [g.Size.X, g.Size.Y, g.Size.Z];
        double[] spacing = [g.Spacing.X, g.Spacing.Y, g.Spacing.Z];
        var data = LaplacianOfGaussian.Values(image);
        var sum = new double[data.Length];
        (int A, int B, int Normal)[] planes = axialOnly ? [(0, 1, 2)] : [(0, 1, 2), (0, 2, 1), (1, 2, 0)];
        foreach (var (a, b, normal) in planes)
        {
            var kernels = thetas.Select(t => GaborFilter.Kernel(sigmaMm, lambdaMm, gamma, t, spacing[a], spacing[b])).ToArray();
            int r = (kernels[0].GetLength(0) - 1) / 2;
            int size = 1;
            while (size < Math.Max(n[a], n[b]) + 2 * r) size <<= 1;
            var kernelSpectra = kernels.Select(k => Spectrum(k, r, size)).ToArray();
            var planeSum = new double[data.Length];
            Parallel.For(0, n[normal], s =>
            {
                var slice = new Complex[size * size];
                for (int v = -r; v < n[b] + r; v++)
                {
                    int vb = Boundary.Index(v, n[b], boundary);
                    for (int u = -r; u < n[a] + r; u++)
                    {
                        int ua = Boundary.Index(u, n[a], boundary);
                        if (ua >= 0 && vb >= 0) slice[(v + r) * size + u + r] = data[Index(n, a, b, normal, ua, vb, s)];
                    }
                }

                Fft.Transform2D(slice, size, inverse: false);
                var product = new Complex[slice.Length];
                foreach (var spectrum in kernelSpectra)
                {
                    for (int i = 0; i < product.Length; i++) product[i] = slice[i] * spectrum[i];
                    Fft.Transform2D(product, size, inverse: true);
                    for (int v = 0; v < n[b]; v++)
                    {
                        for (int u = 0; u < n[a]; u++) planeSum[Index(n, a, b, normal, u, v, s)] += product[(v + r) * size + u + r].Magnitude;
                    }
                }
            });
            for (int i = 0; i < sum.Length; i++) sum[i] += planeSum[i];
        }

        double count = planes.Length * thetas.Count;
        for (int i = 0; i < sum.Length; i++) sum[i] /= count;
        return new Volume<double>(g, sum);
    }

    /// <summary>The kernel centred on (0, 0) of a circular size × size grid, transformed.</summary>
    private static Complex[] Spectrum(Complex[,] kernel, int r, int size)
    {
        var k = new Complex[size * size];
        for (int v = -r; v <= r; v++)
        {
            for (int u = -r; u <= r; u++) k[((v + size) % size) * size + (u + size) % size] = kernel[v + r, u + r];
        }

        Fft.Transform2D(k, size, inverse: false);
        return k;
    }

    private static int Index(int[] n, int a, int b, int normal, int u, int v, int s)
    {
        Span<int> c = stackalloc int[3];
        c[a] = u;
        c[b] = v;
        c[normal] = s;
        return (c[2] * n[1] + c[1]) * n[0] + c[0];
    }
}
