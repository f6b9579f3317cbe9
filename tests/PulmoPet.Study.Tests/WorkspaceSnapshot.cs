using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace PulmoPet.Study.Tests;

/// <summary>
/// The content of a workspace's results: SHA-256 of every file under cases/ (step records without their finish time,
/// the one field that differs between runs), plus errors.csv. Two runs that produced the same results have equal snapshots.
/// </summary>
internal static partial class WorkspaceSnapshot
{
    public static SortedDictionary<string, string> Of(string workspace)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(Path.Combine(workspace, "cases"), "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(workspace, file);
            byte[] bytes = File.ReadAllBytes(file);
            if (relative.Contains(".steps", StringComparison.Ordinal))
            {
                bytes = System.Text.Encoding.UTF8.GetBytes(Finished().Replace(System.Text.Encoding.UTF8.GetString(bytes), ""));
            }

            snapshot[relative] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        }

        return snapshot;
    }

    /// <summary>Files a run may leave only while it is writing them (AtomicFile's temporary names).</summary>
    public static string[] Temporaries(string workspace) =>
        [.. Directory.GetFiles(workspace, "*.tmp", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(workspace, f))];

    [GeneratedRegex("\"finished\": \"[^\"]*\"")]
    private static partial Regex Finished();
}
