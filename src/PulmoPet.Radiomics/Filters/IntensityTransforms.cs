using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// PyRadiomics' voxel-wise image types (radiomics/imageoperations.py getSquareImage, getSquareRootImage,
/// getLogarithmImage, getExponentialImage), each scaled by the maximum absolute value M of the whole image so
/// that the result stays in the original range.
/// </summary>
public static class IntensityTransforms
{
    /// <summary>Square: (x / √M)².</summary>
    public static Volume<double> Square(Volume image)
    {
        double coeff = 1 / Math.Sqrt(MaxAbs(image));
        return Map(image, x => (coeff * x) * (coeff * x));
    }

    /// <summary>SquareRoot: sign(x)·√(|x|·M).</summary>
    public static Volume<double> SquareRoot(Volume image)
    {
        double m = MaxAbs(image);
        return Map(image, x => x > 0 ? Math.Sqrt(x * m) : x < 0 ? -Math.Sqrt(-x * m) : 0);
    }

    /// <summary>Logarithm: sign(x)·ln(|x| + 1), rescaled so that its maximum absolute value is M.</summary>
    public static Volume<double> Logarithm(Volume image)
    {
        double m = MaxAbs(image);
        var log = Map(image, x => x > 0 ? Math.Log(x + 1) : x < 0 ? -Math.Log(-(x - 1)) : 0);
        double factor = m / MaxAbs(log);
        for (int i = 0; i < log.Voxels.Length; i++) log.Voxels[i] *= factor;
        return log;
    }

    /// <summary>Exponential: exp(x · ln(M) / M).</summary>
    public static Volume<double> Exponential(Volume image)
    {
        double m = MaxAbs(image);
        double coeff = Math.Log(m) / m;
        return Map(image, x => Math.Exp(coeff * x));
    }

    private static double MaxAbs(Volume image)
    {
        double m = 0;
        int n = (int)image.Geometry.VoxelCount;
        for (int i = 0; i < n; i++) m = Math.Max(m, Math.Abs(image.GetValue(i)));
        return m > 0 ? m : throw new InvalidInputException("The image is zero everywhere, so the Square/SquareRoot/Logarithm/Exponential scaling is undefined.");
    }

    private static Volume<double> Map(Volume image, Func<double, double> f)
    {
        var result = new Volume<double>(image.Geometry);
        for (int i = 0; i < result.Voxels.Length; i++) result.Voxels[i] = f(image.GetValue(i));
        return result;
    }
}
