using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// Laplacian of Gaussian (IBSI 2 reference manual, section 2.3.2): the sum over axes of the sampled second
/// Gaussian derivative along that axis and the Gaussian along the others, σ in mm converted to voxels per axis,
/// kernels truncated at <c>truncate</c>·σ (radius ⌊truncate·σ + 0.5⌋ voxels) and normalised as scipy.ndimage's
/// gaussian_laplace (Gaussian weights sum to 1, second derivative = weights · (x² − σ²)/σ⁴).
/// </summary>
public static class LaplacianOfGaussian
{
    /// <param name="image">The image.</param>
    /// <param name="sigmaMm">σ in mm.</param>
    /// <param name="boundary">Boundary condition.</param>
    /// <param name="truncate">Kernel half-width in σ (IBSI 2 uses 4).</param>
    /// <param name="slices2D">Filter each axial slice in 2D (z untouched).</param>
    public static Volume<double> Compute(Volume image, double sigmaMm, BoundaryCondition boundary, double truncate = 4, bool slices2D = false) =>
        Compute(image, sigmaMm, boundary, truncate, slices2D, zeroSum: false);

    private static Volume<double> Compute(Volume image, double sigmaMm, BoundaryCondition boundary, double truncate, bool slices2D, bool zeroSum)
    {
        if (!(sigmaMm > 0)) throw new InvalidInputException("The LoG sigma must be greater than 0 mm.");
        var g = image.Geometry;
        var size = (g.Size.X, g.Size.Y, g.Size.Z);
        var data = Values(image);
        double[] spacing = [g.Spacing.X, g.Spacing.Y, g.Spacing.Z];
        int axes = slices2D ? 2 : 3;
        var sum = new double[data.Length];
        for (int d = 0; d < axes; d++)
        {
            var current = data;
            for (int a = 0; a < axes; a++)
            {
                current = SeparableFilter.Convolve(current, size, a, Kernel(sigmaMm / spacing[a], truncate, a == d ? 2 : 0, zeroSum), boundary);
            }

            for (int i = 0; i < sum.Length; i++) sum[i] += current[i];
        }

        return new Volume<double>(g, sum);
    }

    /// <summary>
    /// PyRadiomics' LoG image type (imageoperations.py getLoGImage: SimpleITK LaplacianRecursiveGaussianImageFilter,
    /// NormalizeAcrossScale on, i.e. the response times σ²). ITK evaluates the Gaussian recursively (Deriche); here it
    /// is sampled (truncated at 4σ, nearest-voxel boundary) with the second-derivative kernel corrected to sum to 0,
    /// as ITK's recursive coefficients are, so a constant image gives 0; it agrees to the accuracy of that approximation.
    /// </summary>
    public static Volume<double> PyRadiomics(Volume image, double sigmaMm)
    {
        var result = Compute(image, sigmaMm, BoundaryCondition.Nearest, 4, slices2D: false, zeroSum: true);
        double scale = sigmaMm * sigmaMm;
        for (int i = 0; i < result.Voxels.Length; i++) result.Voxels[i] *= scale;
        return result;
    }

    /// <summary>scipy.ndimage _gaussian_kernel1d of order 0 or 2 (σ in voxels); <paramref name="zeroSum"/> removes the order-2 kernel's sum (as Gaussian weights).</summary>
    internal static double[] Kernel(double sigma, double truncate, int order, bool zeroSum = false)
    {
        int radius = (int)(truncate * sigma + 0.5);
        var w = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++) total += w[i + radius] = Math.Exp(-0.5 * i * i / (sigma * sigma));
        for (int i = -radius; i <= radius; i++)
        {
            w[i + radius] /= total;
            if (order == 2) w[i + radius] *= (i * i - sigma * sigma) / (sigma * sigma * sigma * sigma);
        }

        if (order == 2 && zeroSum)
        {
            double residual = w.Sum();
            for (int i = -radius; i <= radius; i++) w[i + radius] -= residual * Math.Exp(-0.5 * i * i / (sigma * sigma)) / total;
        }

        return w;
    }

    internal static double[] Values(Volume image)
    {
        var data = new double[image.Geometry.VoxelCount];
        for (int i = 0; i < data.Length; i++) data[i] = image.GetValue(i);
        return data;
    }
}
