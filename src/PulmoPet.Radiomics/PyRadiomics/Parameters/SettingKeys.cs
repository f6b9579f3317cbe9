using YamlDotNet.RepresentationModel;

namespace PulmoPet.Radiomics.PyRadiomics.Parameters;

/// <summary>
/// The keys of PyRadiomics' <c>setting</c> mapping (paramSchema.yaml, also allowed under each image type) and how
/// each one changes <see cref="PyRadiomicsSettings"/>. A null value keeps the default, as PyRadiomics reads None.
/// resegmentRange/resegmentMode are combined by <see cref="SettingsSection"/> once the section is read.
/// </summary>
internal static class SettingKeys
{
    private delegate PyRadiomicsSettings Apply(PyRadiomicsSettings s, YamlNode v, YamlValues y, string k);

    /// <summary>SimpleITK interpolator names accepted by PyRadiomics' checkInterpolator.</summary>
    public static readonly IReadOnlyList<string> Interpolators =
    [
        "sitkNearestNeighbor", "sitkLinear", "sitkBSpline", "sitkGaussian", "sitkLabelGaussian", "sitkHammingWindowedSinc",
        "sitkCosineWindowedSinc", "sitkWelchWindowedSinc", "sitkLanczosWindowedSinc", "sitkBlackmanWindowedSinc",
    ];

    /// <summary>Schema keys PulmoPet reads but does not implement (local binary patterns, vector masks).</summary>
    public static readonly IReadOnlyList<string> Unsupported =
    [
        "label_channel", "lbp2DRadius", "lbp2DSamples", "lbp2DMethod", "lbp3DLevels", "lbp3DIcosphereRadius", "lbp3DIcosphereSubdivision",
    ];

    private static readonly Dictionary<string, Apply> Appliers = new(StringComparer.Ordinal)
    {
        ["minimumROIDimensions"] = (s, v, y, k) => s with { MinimumRoiDimensions = y.IntInRange(v, k, 1, 3) },
        ["minimumROISize"] = (s, v, y, k) => s with { MinimumRoiSize = y.IntInRange(v, k, 1, int.MaxValue) },
        ["geometryTolerance"] = (s, v, y, k) => s with { GeometryTolerance = y.Positive(v, k) },
        ["correctMask"] = (s, v, y, k) => s with { CorrectMask = y.Bool(v, k) },
        ["additionalInfo"] = (s, v, y, k) => s with { AdditionalInfo = y.Bool(v, k) },
        ["label"] = (s, v, y, k) => s with { Label = y.IntInRange(v, k, 1, int.MaxValue) },
        ["binWidth"] = (s, v, y, k) => s with { BinWidth = y.Positive(v, k) },
        ["binCount"] = (s, v, y, k) => s with { BinCount = y.IntInRange(v, k, 1, int.MaxValue) },
        ["normalize"] = (s, v, y, k) => s with { Normalize = y.Bool(v, k) },
        ["normalizeScale"] = (s, v, y, k) => s with { NormalizeScale = y.Positive(v, k) },
        ["removeOutliers"] = (s, v, y, k) => s with { RemoveOutliers = y.Positive(v, k) },
        ["resampledPixelSpacing"] = (s, v, y, k) => s with { ResampledPixelSpacing = Spacing(v, y, k) },
        ["interpolator"] = (s, v, y, k) => s with { Interpolator = Interpolator(v, y, k) },
        ["padDistance"] = (s, v, y, k) => s with { PadDistance = y.IntInRange(v, k, 0, int.MaxValue) },
        ["distances"] = (s, v, y, k) => s with { Distance = Distance(v, y, k) },
        ["force2D"] = (s, v, y, k) => s with { Force2D = y.Bool(v, k) },
        ["force2Ddimension"] = (s, v, y, k) => s with { Force2DDimension = y.IntInRange(v, k, 0, 2) },
        ["resegmentShape"] = (s, v, y, k) => s with { ResegmentShape = y.Bool(v, k) },
        ["preCrop"] = (s, v, y, k) => s with { PreCrop = y.Bool(v, k) },
        ["sigma"] = (s, v, y, k) => s with { Sigma = Sigmas(v, y, k) },
        ["start_level"] = (s, v, y, k) => s with { StartLevel = y.IntInRange(v, k, 0, int.MaxValue) },
        ["level"] = (s, v, y, k) => s with { Level = y.IntInRange(v, k, 1, int.MaxValue) },
        ["wavelet"] = (s, v, y, k) => s with { Wavelet = y.Text(v, k) },
        ["gradientUseSpacing"] = (s, v, y, k) => s with { GradientUseSpacing = y.Bool(v, k) },
        ["voxelArrayShift"] = (s, v, y, k) => s with { VoxelArrayShift = y.Int(v, k) },
        ["symmetricalGLCM"] = (s, v, y, k) => s with { SymmetricalGlcm = y.Bool(v, k) },
        ["weightingNorm"] = (s, v, y, k) => s with { MergeAngles = WeightingNorm(v, y, k) },
        ["gldm_a"] = (s, v, y, k) => s with { GldmAlpha = y.IntInRange(v, k, 0, int.MaxValue) },
    };

    /// <summary>Every key the schema allows in <c>setting</c>.</summary>
    public static IEnumerable<string> All => Appliers.Keys.Concat(["resegmentRange", "resegmentMode"]).Concat(Unsupported);

    public static bool IsKnown(string key) => Appliers.ContainsKey(key) || key is "resegmentRange" or "resegmentMode" || Unsupported.Contains(key);

    /// <summary>Applies one key (not resegmentRange/resegmentMode) to the settings.</summary>
    public static PyRadiomicsSettings ApplyKey(PyRadiomicsSettings settings, string key, YamlNode value, YamlValues yaml)
    {
        if (Unsupported.Contains(key))
        {
            throw yaml.Error(value, key, "(local binary pattern / vector-mask setting) is not supported by PulmoPet.");
        }

        return YamlValues.IsNull(value) ? settings : Appliers[key](settings, value, yaml, key);
    }

    private static List<double> Spacing(YamlNode v, YamlValues y, string k)
    {
        var values = y.Doubles(v, k);
        if (values.Count != 3 || values.Any(d => !(d >= 0)))
        {
            throw y.Error(v, k, "must list three spacings ≥ 0 in mm (x, y, z; 0 keeps that axis).");
        }

        return [.. values];
    }

    private static string Interpolator(YamlNode v, YamlValues y, string k)
    {
        string name = y.Text(v, k);
        return Interpolators.Contains(name) ? name : throw y.Error(v, k, $"must be one of {string.Join(", ", Interpolators)}.");
    }

    private static int Distance(YamlNode v, YamlValues y, string k)
    {
        var values = y.Doubles(v, k);
        if (values.Count != 1 || values[0] < 1 || values[0] != Math.Floor(values[0]))
        {
            throw y.Error(v, k, "must list one whole distance ≥ 1 (PulmoPet computes one neighbour distance per extraction).");
        }

        return (int)values[0];
    }

    private static List<double> Sigmas(YamlNode v, YamlValues y, string k)
    {
        var values = y.Doubles(v, k);
        return values.All(d => d > 0) ? [.. values] : throw y.Error(v, k, "must list LoG widths > 0 in mm.");
    }

    private static bool WeightingNorm(YamlNode v, YamlValues y, string k) => y.Text(v, k) switch
    {
        "no_weighting" => true,
        "manhattan" or "euclidean" or "infinity" => throw y.Error(v, k, "distance weighting (manhattan, euclidean, infinity) is not supported; use no_weighting or leave it empty."),
        _ => throw y.Error(v, k, "must be manhattan, euclidean, infinity, no_weighting or empty."),
    };
}
