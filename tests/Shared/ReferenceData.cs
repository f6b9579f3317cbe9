namespace PulmoPet.Testing;

/// <summary>
/// Finds the public reference data (shared/data): <c>PULMOPET_REFERENCE_DATA</c> when set, else
/// <c>&lt;repository root&gt;/../shared/data</c>, the repository root being the folder that holds PulmoPet.slnx.
/// A missing folder fails the test with instructions; reference tests are never skipped.
/// </summary>
public static class ReferenceData
{
    public const string EnvironmentVariable = "PULMOPET_REFERENCE_DATA";

    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The reference data folder; throws with instructions when it is missing.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The full path of a reference file, which must exist.</summary>
    public static string File(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Reference file {relativePath} is missing from {Root}; the reference data are incomplete (re-run scripts/get-reference-data.sh).", path);
        }

        return path;
    }

    private static string FindRoot() => Locate(
        Environment.GetEnvironmentVariable(EnvironmentVariable),
        Environment.GetEnvironmentVariable("CI"),
        RepositoryRoot);

    /// <summary>The folder named by <paramref name="configured"/>, else ../shared/data from the repository root.</summary>
    internal static string Locate(string? configured, string? ci, Func<string> repositoryRoot)
    {
        string folder = string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(Path.Combine(repositoryRoot(), "..", "shared", "data"))
            : Path.GetFullPath(configured);
        if (Directory.Exists(folder))
        {
            return folder;
        }

        string source = string.IsNullOrWhiteSpace(configured) ? "the default location" : EnvironmentVariable;
        throw new DirectoryNotFoundException(string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase)
            ? $"Reference data folder {folder} ({source}) is missing, and CI=true never skips reference tests: provide shared/data beside the repository or set {EnvironmentVariable}."
            : $"Reference data folder {folder} ({source}) is missing: download it with scripts/get-reference-data.sh, or set {EnvironmentVariable} to where it is.");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "PulmoPet.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above {AppContext.BaseDirectory} holds PulmoPet.slnx, so the reference data cannot be found; set {EnvironmentVariable}.");
    }
}
