using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Imaging.Tests.Io.Reference;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// The CT phantom PAT1 interpolated as IBSI configurations C and D prescribe: 2 × 2 × 2 mm trilinear onto the grid
/// centred on the original one, intensities rounded to integers, the mask interpolated as float and kept at ≥ 0.5.
/// </summary>
internal static class InterpolatedCtPhantom
{
    private static readonly Lazy<(Volume<float> Image, Volume<float> Mask)> Volumes = new(() =>
    {
        var image = ImageFile.Read<float>(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz"));
        var mask = ImageFile.Read<float>(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/mask/mask.nii.gz"));
        var grid = image.Geometry.Resampled(new Vector3D(2, 2, 2));
        var interpolated = TrilinearResampling.Resample(image, grid);
        for (int i = 0; i < interpolated.Voxels.Length; i++) interpolated.Voxels[i] = MathF.Round(interpolated.Voxels[i], MidpointRounding.ToEven);
        var roi = TrilinearResampling.Resample(mask, grid);
        for (int i = 0; i < roi.Voxels.Length; i++) roi.Voxels[i] = roi.Voxels[i] >= 0.5f ? 1 : 0;
        return (interpolated, roi);
    });

    public static Volume<float> Image => Volumes.Value.Image;

    public static Volume<float> Mask => Volumes.Value.Mask;

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
