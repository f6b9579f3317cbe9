using PulmoPet.Imaging.Processing;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// IBSI 1 configuration B: CT phantom interpolated in-plane to 2 × 2 mm (bilinear; slices unchanged at 3 mm), intensities
/// rounded, mask kept at ≥ 0.5, 2D and 2.5D aggregations, re-segmentation [−500, 400] HU, fixed bin number 32, no IVH
/// discretisation: the 346 feature values of ibsi1_reference_config_B.csv.
/// </summary>
public class IbsiConfigBComplianceTests : IbsiComplianceTests
{
    public const string ReferenceFile = "ibsi1_reference_config_B.csv";

    public static readonly IReadOnlyDictionary<string, string> Exceptions = new Dictionary<string, string>();

    public static readonly RadiomicsSettings Settings = new()
    {
        Interpolation = CtPhantom.Interpolated(2, 0, Interpolation.Linear),
        Resegmentation = new ResegmentationRange(-500, 400),
        Discretisation = new FixedBinNumber(32),
        DirectionalAggregations = [.. TextureAggregation.AllDirectional.Where(a => a.Dimension != TextureDimension.Volume3D)],
        IsotropicAggregations = [.. TextureAggregation.AllIsotropic.Where(a => a.Dimension != TextureDimension.Volume3D)],
    };

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
    public void Reference_table_has_346_feature_values()
    {
        Assert.Equal(346, References.Count);
        CheckExceptionsAreReferenceTags();
    }
}
