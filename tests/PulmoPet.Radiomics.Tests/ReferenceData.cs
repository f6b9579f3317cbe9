namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// Locates the shared reference data: <c>PULMOPET_REFERENCE_DATA</c>, else <c>../shared/data</c> from the
/// repository root. Missing data is a test failure, never a skip.
/// </summary>
internal static class ReferenceData
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts)
    {
        string path = Path.Combine([Root, .. parts]);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Reference file {path} is missing (set PULMOPET_REFERENCE_DATA).", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        string? env = Environment.GetEnvironmentVariable("PULMOPET_REFERENCE_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PulmoPet.slnx"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("Cannot find the repository root (PulmoPet.slnx) above the test binaries.");
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
    }
}
