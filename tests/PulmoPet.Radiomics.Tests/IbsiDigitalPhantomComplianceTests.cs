using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// IBSI 1 compliance on the digital phantom (ibsi1/digital_phantom/nifti): all 482 reference values of
/// ibsi1_reference_digital_phantom.csv with the phantom settings — fixed bin size 1, symmetric GLCM at Chebyshev
/// δ = 1, NGTDM/NGLDM δ = 1, α = 0, intensity mask = morphological mask (the <see cref="RadiomicsSettings"/> defaults).
/// </summary>
public class IbsiDigitalPhantomComplianceTests : IbsiComplianceTests
{
    public const string ReferenceFile = "ibsi1_reference_digital_phantom.csv";

    /// <summary>Tags known not to match, with the reason. Empty: all 482 values match.</summary>
    public static readonly IReadOnlyDictionary<string, string> Exceptions = new Dictionary<string, string>();

    private static readonly Lazy<Volume<float>> Image = new(() =>
        ImageFile.Read<float>(ReferenceData.File("ibsi1/digital_phantom/nifti/image/phantom.nii.gz")));

    private static readonly Lazy<Volume<float>> Mask = new(() =>
        ImageFile.Read<float>(ReferenceData.File("ibsi1/digital_phantom/nifti/mask/mask.nii.gz")));

    private static readonly Lazy<FeatureVector> Computed = new(() => new RadiomicsExtractor(new RadiomicsSettings()).Extract(Image.Value, Mask.Value));

    private static readonly Lazy<IReadOnlyList<IbsiReferenceValue>> Rows = new(() => FeatureRows(ReferenceFile));

    protected override IReadOnlyList<IbsiReferenceValue> References => Rows.Value;

    protected override FeatureVector Features => Computed.Value;

    protected override IReadOnlyDictionary<string, string> KnownExceptions => Exceptions;

    public static TheoryData<string> Tags() => TagsOf(ReferenceFile);

    [Theory]
    [MemberData(nameof(Tags))]
    public void Feature_matches_the_IBSI_reference(string tag) => CheckTag(tag);

    [Fact]
    public void Reference_table_has_482_values_and_every_exception_is_one_of_them()
    {
        Assert.Equal(482, References.Count);
        Assert.Equal(482, References.Select(r => r.Tag).Distinct().Count());
        CheckExceptionsAreReferenceTags();
    }

    [Fact]
    public void Nifti_phantom_has_the_documented_grid_and_roi()
    {
        Assert.Equal(new Size3(5, 4, 4), Image.Value.Size);
        Assert.Equal(new Vector3D(2, 2, 2), Image.Value.Geometry.Spacing);
        Assert.Equal(74, Mask.Value.Voxels.Count(v => v == 1));
        var roi = RegionOfInterest.Create(Image.Value, Mask.Value);
        Assert.Equal([1.0, 3.0, 4.0, 6.0], roi.Values.Distinct().Order());
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var one = new RadiomicsExtractor(new RadiomicsSettings { MaxDegreeOfParallelism = 1 }).Extract(Image.Value, Mask.Value);
        var many = new RadiomicsExtractor(new RadiomicsSettings { MaxDegreeOfParallelism = 8 }).Extract(Image.Value, Mask.Value);
        Assert.Equal(one.Names, many.Names);
        for (int k = 0; k < one.Count; k++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(one[k].Value), BitConverter.DoubleToInt64Bits(many[k].Value));
        }
    }
}
