using System.Text.Json;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>
/// Minimal locator for ../shared/data (env PULMOPET_REFERENCE_DATA, else &lt;repo root&gt;/../shared/data), used
/// until the shared ReferenceData helper from branch io is merged. Missing data fails the test, never skips it.
/// </summary>
internal static class DicomReferenceData
{
    private static readonly Lazy<string> RootPath = new(FindRoot);
    private static readonly Lazy<JsonElement> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(RootPath.Value, "real", "expected_values.json"))).RootElement);

    public static string Root => RootPath.Value;

    /// <summary>A path under shared/data/real.</summary>
    public static string Real(string relative) => Require(System.IO.Path.Combine(Root, "real", relative));

    /// <summary>A path under shared/data.</summary>
    public static string Path(string relative) => Require(System.IO.Path.Combine(Root, relative));

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

    private static string Require(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Reference data '{path}' is missing; set PULMOPET_REFERENCE_DATA to the shared data folder.");
        }

        return path;
    }

    private static string FindRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("PULMOPET_REFERENCE_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(System.IO.Path.Combine(directory.FullName, "PulmoPet.slnx")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent == null)
        {
            throw new DirectoryNotFoundException("Cannot find the repository root (PulmoPet.slnx) to locate ../shared/data.");
        }

        return System.IO.Path.Combine(directory.Parent.FullName, "shared", "data");
    }
}
