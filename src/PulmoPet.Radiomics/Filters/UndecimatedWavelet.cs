using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// Separable undecimated (stationary, à trous) wavelet sub-bands (IBSI 2 reference manual, section 2.3.5): level l
/// filters the level l − 1 LLL approximation with dec_lo/dec_hi upsampled by 2^(l−1) (zeros inserted, centre 2^(l−1)·⌊L/2⌋); the sub-band
/// name lists the filter along x, y, z (L = low, H = high pass). Optional pseudo-rotation invariance (section 2.4).
/// </summary>
public static class UndecimatedWavelet
{
    public static Volume<double> Compute(Volume image, string wavelet, string subBand, int level, BoundaryCondition boundary,
        RotationPooling pooling = RotationPooling.None)
    {
        if (subBand.Length != 3 || subBand.Any(c => c is not ('L' or 'H')))
        {
            throw new InvalidInputException($"Wavelet sub-band '{subBand}' must be three letters L or H (x, y, z), e.g. LHL.");
        }

        if (level < 1) throw new InvalidInputException("The wavelet level must be at least 1.");
        var (lo, hi) = WaveletFilters.Get(wavelet);
        var g = image.Geometry;
        var data = LaplacianOfGaussian.Values(image);
        var result = RightAngleRotations.Pooled(data, (g.Size.X, g.Size.Y, g.Size.Z), planar: false, pooling, (d, size) =>
        {
            for (int l = 1; l < level; l++) d = Band(d, size, "LLL", lo, hi, l, boundary);
            return Band(d, size, subBand, lo, hi, level, boundary);
        });
        return new Volume<double>(g, result);
    }

    /// <summary>One sub-band at one level; the upsampled kernel keeps the level-1 centre ⌊L/2⌋ scaled by the step.</summary>
    private static double[] Band(double[] d, (int X, int Y, int Z) size, string band, double[] lo, double[] hi, int level, BoundaryCondition boundary)
    {
        int centre = (1 << (level - 1)) * (lo.Length / 2);
        for (int axis = 0; axis < 3; axis++) d = SeparableFilter.Convolve(d, size, axis, Upsample(band[axis] == 'L' ? lo : hi, level), boundary, centre);
        return d;
    }

    /// <summary>The filter with 2^(level−1) − 1 zeros between taps.</summary>
    private static double[] Upsample(double[] f, int level)
    {
        int step = 1 << (level - 1);
        var u = new double[(f.Length - 1) * step + 1];
        for (int i = 0; i < f.Length; i++) u[i * step] = f[i];
        return u;
    }
}
