using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// The CT phantom PAT1 interpolated as IBSI configurations C, D (trilinear) and E (tricubic spline) prescribe: 2 × 2 × 2 mm
/// onto the grid centred on the original one, intensities rounded to integers, the mask interpolated trilinearly as float
/// and kept at ≥ 0.5.
/// </summary>
internal static class InterpolatedCtPhantom
{
    private static readonly Lazy<(Volume<float> Image, Volume<float> Mask, Volume<float> Original)> Volumes = new(() =>
    {
        var image = ImageFile.Read<float>(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz"));
        var mask = ImageFile.Read<float>(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/mask/mask.nii.gz"));
        var grid = image.Geometry.Resampled(new Vector3D(2, 2, 2));
        var roi = TrilinearResampling.Resample(mask, grid);
        for (int i = 0; i < roi.Voxels.Length; i++) roi.Voxels[i] = roi.Voxels[i] >= 0.5f ? 1 : 0;
        return (Rounded(TrilinearResampling.Resample(image, grid)), roi, image);
    });

    private static readonly Lazy<Volume<float>> Spline = new(() =>
        Rounded(TricubicSplineResampling.Resample(Volumes.Value.Original, Volumes.Value.Mask.Geometry)));

    /// <summary>The image interpolated trilinearly (configurations C, D).</summary>
    public static Volume<float> Image => Volumes.Value.Image;

    /// <summary>The image interpolated with tricubic splines (configuration E).</summary>
    public static Volume<float> SplineImage => Spline.Value;

    /// <summary>The mask, interpolated trilinearly and kept at ≥ 0.5 (all three configurations).</summary>
    public static Volume<float> Mask => Volumes.Value.Mask;

    private static Volume<float> Rounded(Volume<float> volume)
    {
        for (int i = 0; i < volume.Voxels.Length; i++) volume.Voxels[i] = MathF.Round(volume.Voxels[i], MidpointRounding.ToEven);
        return volume;
    }

    public static RadiomicsSettings ThreeD(RadiomicsSettings settings) => settings with
    {
        DirectionalAggregations = [.. TextureAggregation.AllDirectional.Where(a => a.Dimension == TextureDimension.Volume3D)],
        IsotropicAggregations = [.. TextureAggregation.AllIsotropic.Where(a => a.Dimension == TextureDimension.Volume3D)],
    };
}

/// <summary>
/// IBSI 1 configuration C: interpolated CT phantom (3D), re-segmentation [−1000, 400] HU, fixed bin size 25 HU,
/// IVH fixed bin size 2.5 HU: the 210 feature values of ibsi1_reference_config_C.csv.
/// </summary>
public class IbsiConfigCComplianceTests : IbsiComplianceTests
{
    public const string ReferenceFile = "ibsi1_reference_config_C.csv";

    public static readonly IReadOnlyDictionary<string, string> Exceptions = new Dictionary<string, string>();

    public static readonly RadiomicsSettings Settings = InterpolatedCtPhantom.ThreeD(new RadiomicsSettings
    {
        Resegmentation = new ResegmentationRange(-1000, 400),
        Discretisation = new FixedBinSize(25),
        IvhDiscretisation = new FixedBinSize(2.5),
    });

    private static readonly Lazy<FeatureVector> Computed = new(() =>
        new RadiomicsExtractor(Settings).Extract(InterpolatedCtPhantom.Image, InterpolatedCtPhantom.Mask));

    private static readonly Lazy<IReadOnlyList<IbsiReferenceValue>> Rows = new(() => FeatureRows(ReferenceFile));

    protected override IReadOnlyList<IbsiReferenceValue> References => Rows.Value;

    protected override FeatureVector Features => Computed.Value;

    protected override IReadOnlyDictionary<string, string> KnownExceptions => Exceptions;

    public static TheoryData<string> Tags() => TagsOf(ReferenceFile);

    [Theory]
    [MemberData(nameof(Tags))]
    public void Feature_matches_the_IBSI_reference(string tag) => CheckTag(tag);

    [Fact]
    public void Reference_table_has_210_feature_values_and_the_interpolated_roi_its_documented_size()
    {
        Assert.Equal(210, References.Count);
        CheckExceptionsAreReferenceTags();

        // Diagnostics of the sheet: interpolated grid 100 × 99 × 90, 45 985 ROI voxels.
        Assert.Equal(new Size3(100, 99, 90), InterpolatedCtPhantom.Image.Size);
        Assert.Equal(45985, InterpolatedCtPhantom.Mask.Voxels.Count(v => v == 1));
    }
}

/// <summary>
/// IBSI 1 configuration D: interpolated CT phantom (3D), outlier filtering mean ± 3 SD, fixed bin number 32, no
/// IVH discretisation: the 210 feature values of ibsi1_reference_config_D.csv.
/// </summary>
public class IbsiConfigDComplianceTests : IbsiComplianceTests
{
    public const string ReferenceFile = "ibsi1_reference_config_D.csv";

    public static readonly IReadOnlyDictionary<string, string> Exceptions = new Dictionary<string, string>();

    public static readonly RadiomicsSettings Settings = InterpolatedCtPhantom.ThreeD(new RadiomicsSettings
    {
        OutlierFilteringSigma = 3,
        Discretisation = new FixedBinNumber(32),
    });

    private static readonly Lazy<FeatureVector> Computed = new(() =>
        new RadiomicsExtractor(Settings).Extract(InterpolatedCtPhantom.Image, InterpolatedCtPhantom.Mask));

    private static readonly Lazy<IReadOnlyList<IbsiReferenceValue>> Rows = new(() => FeatureRows(ReferenceFile));

    protected override IReadOnlyList<IbsiReferenceValue> References => Rows.Value;

    protected override FeatureVector Features => Computed.Value;

    protected override IReadOnlyDictionary<string, string> KnownExceptions => Exceptions;

    public static TheoryData<string> Tags() => TagsOf(ReferenceFile);

    [Theory]
    [MemberData(nameof(Tags))]
    public void Feature_matches_the_IBSI_reference(string tag) => CheckTag(tag);

    [Fact]
    public void Reference_table_has_210_feature_values()
    {
        Assert.Equal(210, References.Count);
        CheckExceptionsAreReferenceTags();
    }
}

/// <summary>
/// IBSI 1 configuration E: CT phantom with tricubic-spline interpolation (3D), re-segmentation [−1000, 400] HU and outlier
/// filtering mean ± 3 SD, fixed bin number 32, IVH fixed bin number 1000: the 210 feature values of
/// ibsi1_reference_config_E.csv.
/// </summary>
public class IbsiConfigEComplianceTests : IbsiComplianceTests
{
    public const string ReferenceFile = "ibsi1_reference_config_E.csv";

    public static readonly IReadOnlyDictionary<string, string> Exceptions = new Dictionary<string, string>();

    public static readonly RadiomicsSettings Settings = InterpolatedCtPhantom.ThreeD(new RadiomicsSettings
    {
        Resegmentation = new ResegmentationRange(-1000, 400),
        OutlierFilteringSigma = 3,
        Discretisation = new FixedBinNumber(32),
        IvhDiscretisation = new FixedBinNumber(1000),
    });

    private static readonly Lazy<FeatureVector> Computed = new(() =>
        new RadiomicsExtractor(Settings).Extract(InterpolatedCtPhantom.SplineImage, InterpolatedCtPhantom.Mask));

    private static readonly Lazy<IReadOnlyList<IbsiReferenceValue>> Rows = new(() => FeatureRows(ReferenceFile));

    protected override IReadOnlyList<IbsiReferenceValue> References => Rows.Value;

    protected override FeatureVector Features => Computed.Value;

    protected override IReadOnlyDictionary<string, string> KnownExceptions => Exceptions;

    public static TheoryData<string> Tags() => TagsOf(ReferenceFile);

    [Theory]
    [MemberData(nameof(Tags))]
    public void Feature_matches_the_IBSI_reference(string tag) => CheckTag(tag);

    [Fact]
    public void Reference_table_has_210_feature_values()
    {
        Assert.Equal(210, References.Count);
        CheckExceptionsAreReferenceTags();
    }
}
