using System.Text.Json;
using PulmoPet.Imaging.Tests.Io.Reference;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>
/// Paths under the shared reference data (located by <see cref="ReferenceData"/>) and the values of
/// shared/data/real/expected_values.json. Missing data fails the test, never skips it.
/// </summary>
internal static class DicomReferenceData
{
    private static readonly Lazy<JsonElement> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(ReferenceData.File("real/expected_values.json"))).RootElement);

    /// <summary>A file or folder under shared/data/real.</summary>
    public static string Real(string relative) => Path("real/" + relative);

    /// <summary>A file or folder under shared/data.</summary>
    public static string Path(string relative)
    {
        string path = System.IO.Path.Combine(ReferenceData.Root, relative);
        return Directory.Exists(path) ? path : ReferenceData.File(relative);
    }

    /// <summary>expected_values.json, navigated by keys (the README of shared/data/real explains each block).</summary>
    public static JsonElement ExpectedValue(params string[] keys)
    {
        var node = Expected.Value;
        foreach (string key in keys)
        {
            node = node.GetProperty(key);
        }

        return node;
    }
}
