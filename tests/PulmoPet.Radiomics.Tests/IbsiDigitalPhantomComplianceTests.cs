using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Imaging.Tests.Io.Reference;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// IBSI 1 compliance on the digital phantom (ibsi1/digital_phantom/nifti): every reference value of
/// ibsi1_reference_digital_phantom.csv (482) is computed with the phantom settings — fixed bin size 1,
/// symmetric GLCM at Chebyshev δ = 1, NGTDM/NGLDM δ = 1, α = 0, intensity mask = morphological mask — and
/// checked with MIRP's rule (round to 3 significant digits, |x − ref| ≤ tol). Values that cannot match are
/// listed in <see cref="KnownExceptions"/> with their reason (docs/radiomics-compliance.md); a listed value
/// that starts matching fails too, so the list stays exact.
/// </summary>
public class IbsiDigitalPhantomComplianceTests
{
    public const string ReferenceFile = "ibsi1_reference_digital_phantom.csv";

    /// <summary>Tags known not to match, with the reason. Empty: all 482 values match.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownExceptions = new Dictionary<string, string>();

    private static readonly Lazy<Volume<float>> Image = new(() =>
        ImageFile.Read<float>(ReferenceData.File("ibsi1/digital_phantom/nifti/image/phantom.nii.gz")));

    private static readonly Lazy<Volume<float>> Mask = new(() =>
        ImageFile.Read<float>(ReferenceData.File("ibsi1/digital_phantom/nifti/mask/mask.nii.gz")));

    private static readonly Lazy<FeatureVector> Features = new(() => new RadiomicsExtractor(new RadiomicsSettings()).Extract(Image.Value, Mask.Value));

    private static readonly Lazy<IReadOnlyList<IbsiReferenceValue>> References = new(() => IbsiReference.Load(ReferenceFile));

    public static TheoryData<string> Tags()
    {
        var data = new TheoryData<string>();
        foreach (var r in IbsiReference.Load(ReferenceFile)) data.Add(r.Tag);
        return data;
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void Feature_matches_the_IBSI_reference(string tag)
    {
        var reference = References.Value.Single(r => r.Tag == tag);
        Assert.True(Features.Value.TryGetValue(tag, out double value), $"{tag} is not computed.");
        bool matches = IbsiReference.Matches(value, reference.Reference, reference.Tolerance);
        string detail = string.Create(CultureInfo.InvariantCulture,
            $"{tag}: computed {value:G6} (rounded {IbsiReference.RoundSignificant(value, 3):G6}), reference {reference.Reference:G6} ± {reference.Tolerance:G3}");
        if (KnownExceptions.TryGetValue(tag, out string? reason))
        {
            Assert.False(matches, $"{detail} now matches; remove it from the known exceptions ({reason}).");
        }
        else
        {
            Assert.True(matches, detail);
        }
    }

    [Fact]
    public void Reference_table_has_482_values_and_every_exception_is_one_of_them()
    {
        Assert.Equal(482, References.Value.Count);
        Assert.Equal(482, References.Value.Select(r => r.Tag).Distinct().Count());
        foreach (string tag in KnownExceptions.Keys) Assert.Contains(References.Value, r => r.Tag == tag);
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
