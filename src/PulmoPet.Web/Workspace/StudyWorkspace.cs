using System.Text.RegularExpressions;
using PulmoPet.Imaging;

namespace PulmoPet.Web.Workspace;

/// <summary>
/// Read-only access to a study workspace (workspace-layout.md): the case ids are the names of the folders under
/// <c>cases/</c> that are safe folder names, and a case's files are found by whitelisted name only. Every path
/// is resolved through symbolic links and must stay inside the workspace, so nothing outside it can be reached.
/// </summary>
public sealed partial class StudyWorkspace
{
    private readonly string _root;
    private readonly string _casesRoot;

    private StudyWorkspace(string root, string casesRoot)
    {
        _root = root;
        _casesRoot = casesRoot;
    }

    /// <summary>The workspace folder, with symbolic links resolved.</summary>
    public string Root => _root;

    /// <summary>Opens a workspace; a folder without <c>cases/</c> is a user error naming the folder.</summary>
    public static StudyWorkspace Open(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new InvalidInputException($"Study workspace {full} does not exist.");
        }

        string root = RealPath(full);
        string cases = Path.Combine(root, CaseFiles.CasesFolder);
        if (!Directory.Exists(cases))
        {
            throw new InvalidInputException(
                $"{full} is not a study workspace: it has no {CaseFiles.CasesFolder}/ folder (create one with `pulmopet study init` and `study run`).");
        }

        string casesRoot = RealPath(cases);
        if (!IsInside(casesRoot, root))
        {
            throw new InvalidInputException($"{cases} is a link to a folder outside the workspace {full}; the viewer serves only files inside it.");
        }

        return new StudyWorkspace(root, casesRoot);
    }

    /// <summary>True for the ids workspace-layout.md allows: [A-Za-z0-9._-]+, and not a "." or ".." path segment.</summary>
    public static bool IsValidCaseId(string? caseId) =>
        caseId is not null && caseId is not "." and not ".." && CaseIdPattern().IsMatch(caseId);

    /// <summary>The case ids, sorted ordinally: folders under <c>cases/</c> with valid names that resolve inside the workspace.</summary>
    public IReadOnlyList<string> CaseIds()
    {
        var ids = new List<string>();
        foreach (string folder in Directory.EnumerateDirectories(_casesRoot))
        {
            string id = Path.GetFileName(folder);
            if (CaseFolder(id) is not null)
            {
                ids.Add(id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>The case's stored volume, or null when the case or file does not exist or would lead outside the workspace.</summary>
    public string? VolumePath(string caseId, CaseVolume volume) => CaseFile(caseId, CaseFiles.FileName(volume));

    /// <summary>The case's <c>lesions.csv</c>, or null as for <see cref="VolumePath"/>.</summary>
    public string? LesionTablePath(string caseId) => CaseFile(caseId, CaseFiles.LesionTable);

    private string? CaseFile(string caseId, string fileName)
    {
        string? folder = CaseFolder(caseId);
        if (folder is null)
        {
            return null;
        }

        string path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        string real = RealPath(path);
        return IsInside(real, _root) && File.Exists(real) ? real : null;
    }

    private string? CaseFolder(string caseId)
    {
        if (!IsValidCaseId(caseId))
        {
            return null;
        }

        string folder = Path.Combine(_casesRoot, caseId);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        string real = RealPath(folder);
        return IsInside(real, _root) ? real : null;
    }

    /// <summary>The path with every symbolic link along it resolved (the file or folder must exist).</summary>
    private static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string? parent = Path.GetDirectoryName(full);
        string resolvedParent = parent is null ? full : RealPath(parent);
        if (parent is null)
        {
            return full;
        }

        string candidate = Path.Combine(resolvedParent, Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(candidate) ? new DirectoryInfo(candidate) : new FileInfo(candidate);
        if (info.LinkTarget is null)
        {
            return candidate;
        }

        FileSystemInfo? target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? candidate : RealPath(target.FullName);
    }

    private static bool IsInside(string path, string folder)
    {
        string prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseIdPattern();
}
