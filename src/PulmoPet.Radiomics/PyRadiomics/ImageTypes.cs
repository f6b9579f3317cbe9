using PulmoPet.Imaging;
using PulmoPet.Radiomics.Filters;
using PulmoPet.Radiomics.PyRadiomics.Parameters;

namespace PulmoPet.Radiomics.PyRadiomics;

/// <summary>
/// The derived images of one PyRadiomics image type with their feature-name prefixes
/// (imageoperations.py get&lt;Type&gt;Image: <c>original</c>, <c>square</c>, <c>squareroot</c>, <c>logarithm</c>,
/// <c>exponential</c>, <c>gradient</c>, <c>log-sigma-2-0-mm-3D</c>, <c>wavelet-LLH</c>).
/// </summary>
public static class ImageTypes
{
    public static IEnumerable<(string Prefix, Volume Image)> Derive(ImageTypeParameters type, Volume image)
    {
        var s = type.Settings;
        switch (type.Kind)
        {
            case ImageTypeKind.Original:
                yield return ("original", image);
                break;
            case ImageTypeKind.Square:
                yield return ("square", IntensityTransforms.Square(image));
                break;
            case ImageTypeKind.SquareRoot:
                yield return ("squareroot", IntensityTransforms.SquareRoot(image));
                break;
            case ImageTypeKind.Logarithm:
                yield return ("logarithm", IntensityTransforms.Logarithm(image));
                break;
            case ImageTypeKind.Exponential:
                yield return ("exponential", IntensityTransforms.Exponential(image));
                break;
            case ImageTypeKind.Gradient:
                yield return ("gradient", GradientMagnitude.Compute(image, s.GradientUseSpacing));
                break;
            case ImageTypeKind.LoG:
                if (s.Sigma.Count == 0)
                {
                    throw new InvalidInputException("Image type LoG needs at least one sigma (setting 'sigma', in mm).");
                }

                foreach (double sigma in s.Sigma)
                {
                    yield return (LoGPrefix(sigma), LaplacianOfGaussian.PyRadiomics(image, sigma));
                }

                break;
            case ImageTypeKind.Wavelet:
                foreach (var (name, band) in StationaryWavelet.PyRadiomics(image, s.Wavelet, s.StartLevel, s.Level))
                {
                    yield return (name, band);
                }

                break;
            default:
                throw new InvalidInputException($"Image type {type.Kind} (local binary patterns) is not supported by PulmoPet.");
        }
    }

    /// <summary>PyRadiomics getLoGImage name: <c>log-sigma-</c> + sigma with '.' → '-' + <c>-mm-3D</c> (e.g. 2.0 → log-sigma-2-0-mm-3D).</summary>
    public static string LoGPrefix(double sigma)
    {
        string text = sigma.ToString("0.0###############", System.Globalization.CultureInfo.InvariantCulture);
        return $"log-sigma-{text.Replace('.', '-')}-mm-3D";
    }
}
