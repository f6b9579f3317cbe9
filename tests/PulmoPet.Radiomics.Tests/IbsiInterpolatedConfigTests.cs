using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// The CT phantom PAT1 as configurations C, D and E read it: the engine interpolates it (<see cref="ImageInterpolation"/>)
/// to 2 × 2 × 2 mm onto the grid centred on the original one, rounds intensities to integers and keeps the trilinearly
/// interpolated mask at ≥ 0.5.
/// </summary>
internal static class CtPhantom
{
    private static readonly Lazy<(Volume<float> Image, Volume<float> Mask)> Volumes = new(() => (
        ImageFile.Read<float>(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz")),
        ImageFile.Read<float>(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/mask/mask.nii.gz"))));

    public static Volume<float> Image => Volumes.Value.Image;

    public static Volume<float> Mask => Volumes.Value.Mask;

    /// <summary>IBSI table 2.1 interpolation of configurations B–E: rounded intensities, ROI threshold 0.5.</summary>
    public static ImageInterpolation Interpolated(double inPlane, double slice, Interpolation method) =>
        new(new Vector3D(inPlane, inPlane, slice), method) { RoundIntensities = true };

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

    public static readonly RadiomicsSettings Settings = CtPhantom.ThreeD(new RadiomicsSettings
    {
        Interpolation = CtPhantom.Interpolated(2, 2, Interpolation.Linear),
        Resegmentation = new ResegmentationRange(-1000, 400),
        Discretisation = new FixedBinSize(25),
        IvhDiscretisation = new FixedBinSize(2.5),
    });

    private static readonly Lazy<FeatureVector> Computed = new(() =>
        new RadiomicsExtractor(Settings).Extract(CtPhantom.Image, CtPhantom.Mask));

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
        var (image, mask) = Settings.Interpolation!.Apply(CtPhantom.Image, CtPhantom.Mask, 1);
        Assert.Equal(new Size3(100, 99, 90), image.Size);
        Assert.Equal(45985, mask.Voxels.Count(v => v == 1));
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

    public static readonly RadiomicsSettings Settings = CtPhantom.ThreeD(new RadiomicsSettings
    {
        Interpolation = CtPhantom.Interpolated(2, 2, Interpolation.Linear),
        OutlierFilteringSigma = 3,
        Discretisation = new FixedBinNumber(32),
    });

    private static readonly Lazy<FeatureVector> Computed = new(() =>
        new RadiomicsExtractor(Settings).Extract(CtPhantom.Image, CtPhantom.Mask));

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

    public static readonly RadiomicsSettings Settings = CtPhantom.ThreeD(new RadiomicsSettings
    {
        Interpolation = CtPhantom.Interpolated(2, 2, Interpolation.BSpline),
        Resegmentation = new ResegmentationRange(-1000, 400),
        OutlierFilteringSigma = 3,
        Discretisation = new FixedBinNumber(32),
        IvhDiscretisation = new FixedBinNumber(1000),
    });

    private static readonly Lazy<FeatureVector> Computed = new(() =>
        new RadiomicsExtractor(Settings).Extract(CtPhantom.Image, CtPhantom.Mask));

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
