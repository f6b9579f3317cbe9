using System.Globalization;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// Shared checks of an IBSI 1 reference table: each tag is computed and compared with MIRP's rule (round to 3
/// significant digits, |x − ref| ≤ tol). Tags in <see cref="KnownExceptions"/> must not match (each has its reason in
/// docs/radiomics-compliance.md), so the list fails the test when it goes stale in either direction.
/// </summary>
public abstract class IbsiComplianceTests
{
    protected abstract IReadOnlyList<IbsiReferenceValue> References { get; }

    protected abstract FeatureVector Features { get; }

    protected abstract IReadOnlyDictionary<string, string> KnownExceptions { get; }

    /// <summary>Feature rows of a reference table (diagnostic rows, which describe the processing chain, excluded).</summary>
    internal static IReadOnlyList<IbsiReferenceValue> FeatureRows(string fileName) =>
        [.. IbsiReference.Load(fileName).Where(r => !r.Family.StartsWith("Diagnostics", StringComparison.Ordinal))];

    internal static TheoryData<string> TagsOf(string fileName)
    {
        var data = new TheoryData<string>();
        foreach (var r in FeatureRows(fileName)) data.Add(r.Tag);
        return data;
    }

    protected void CheckTag(string tag)
    {
        var reference = References.Single(r => r.Tag == tag);
        Assert.True(Features.TryGetValue(tag, out double value), $"{tag} is not computed.");
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

    protected void CheckExceptionsAreReferenceTags()
    {
        foreach (string tag in KnownExceptions.Keys) Assert.Contains(References, r => r.Tag == tag);
    }
}
