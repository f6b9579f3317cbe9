using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Study.Workspace;

/// <summary>
/// A study workspace folder (docs/study.md): <c>study.json</c>, <c>manifest.csv</c>, <c>cases/&lt;case_id&gt;/</c>
/// with the per-case images, tables and <c>.steps/</c> records, <c>logs/</c>, <c>report/</c>, and the derived
/// <c>errors.csv</c>. Every file of a case lives in that case's folder, so shards never write the same file.
/// </summary>
public sealed class StudyWorkspace
{
    public const string Format = "pulmopet-study";
    public const int Version = 1;
    public const string StudyFile = "study.json";
    public const string ManifestFile = "manifest.csv";
    public const string ParamsFile = "params.yaml";
    public const string CasesFolder = "cases";
    public const string LogsFolder = "logs";
    public const string ReportFolder = "report";
    public const string ErrorsFile = "errors.csv";

    private StudyWorkspace(string directory, bool pseudonymized)
    {
        Directory = directory;
        Pseudonymized = pseudonymized;
    }

    public string Directory { get; }

    /// <summary>Whether the case ids are salted-hash pseudonyms of the ids given to <c>study init</c>.</summary>
    public bool Pseudonymized { get; }

    public string ManifestPath => Path.Combine(Directory, ManifestFile);

    public string ParamsPath => Path.Combine(Directory, ParamsFile);

    public string CasesDirectory => Path.Combine(Directory, CasesFolder);

    public string LogsDirectory => Path.Combine(Directory, LogsFolder);

    public string ErrorsPath => Path.Combine(Directory, ErrorsFile);

    public CaseFolder Case(string caseId) => new(Path.Combine(CasesDirectory, caseId), caseId);

    /// <summary>The workspace's manifest (paths already absolute and checked at init; they are checked again when a case runs).</summary>
    public StudyManifest ReadManifest() => StudyManifest.Read(ManifestPath, Directory, checkPaths: false);

    /// <summary>Opens an existing workspace.</summary>
    /// <exception cref="InvalidInputException">The folder is not a workspace made by <c>study init</c>.</exception>
    public static StudyWorkspace Open(string directory)
    {
        string full = Path.GetFullPath(directory);
        string studyFile = Path.Combine(full, StudyFile);
        if (!File.Exists(studyFile))
        {
            throw new InvalidInputException($"{full} is not a study workspace (it has no {StudyFile}); create it with 'pulmopet study init'.");
        }

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(studyFile));
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"The workspace file {studyFile} is not valid JSON ({e.Message}).");
        }

        if (json?["format"]?.GetValue<string>() != Format || json["version"]?.GetValue<int>() != Version)
        {
            throw new InvalidInputException($"The workspace file {studyFile} is not a {Format} version {Version} file.");
        }

        bool pseudonymized = json["settings"]?["pseudonymized"]?.GetValue<bool>() ?? false;
        return new StudyWorkspace(full, pseudonymized);
    }

    /// <summary>
    /// Creates a workspace from a manifest: validates it, optionally replaces the case ids by salted-hash pseudonyms
    /// (the salt file lies outside the workspace; a missing one is created with 32 random bytes), copies a PyRadiomics
    /// parameter file, and writes <c>manifest.csv</c> then <c>study.json</c> (last, so a half-made workspace is not one).
    /// </summary>
    public static StudyWorkspace Create(string directory, string manifestPath, string? saltFile = null, string? paramsFile = null, DateTimeOffset? now = null)
    {
        string full = Path.GetFullPath(directory);
        if (File.Exists(Path.Combine(full, StudyFile)))
        {
            throw new InvalidInputException($"{full} is already a study workspace; use 'pulmopet study run' on it, or choose another folder.");
        }

        if (!File.Exists(manifestPath))
        {
            throw new InvalidInputException($"The manifest {manifestPath} does not exist.");
        }

        var manifest = StudyManifest.Read(manifestPath);
        bool pseudonymize = saltFile is not null;
        if (saltFile is not null)
        {
            byte[] salt = ReadOrCreateSalt(saltFile, full);
            manifest = manifest.WithCaseIds(id => CaseIds.Pseudonym(id, salt));
        }

        if (paramsFile is not null && !File.Exists(paramsFile))
        {
            throw new InvalidInputException($"The parameter file {paramsFile} does not exist.");
        }

        System.IO.Directory.CreateDirectory(Path.Combine(full, CasesFolder));
        System.IO.Directory.CreateDirectory(Path.Combine(full, LogsFolder));
        manifest.Write(Path.Combine(full, ManifestFile));
        if (paramsFile is not null)
        {
            byte[] parameters = File.ReadAllBytes(paramsFile);
            AtomicFile.Write(Path.Combine(full, ParamsFile), s => s.Write(parameters));
        }

        var study = new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["created"] = (now ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["settings"] = new JsonObject
            {
                ["pseudonymized"] = pseudonymize,
                ["params"] = paramsFile is null ? null : ParamsFile,
                ["cases"] = manifest.Cases.Count,
            },
        };
        AtomicFile.WriteAllText(Path.Combine(full, StudyFile), study.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return new StudyWorkspace(full, pseudonymize);
    }

    /// <summary>The salt bytes; a salt file inside the workspace would put the key next to the pseudonyms, so it is refused.</summary>
    internal static byte[] ReadOrCreateSalt(string saltFile, string workspace)
    {
        string full = Path.GetFullPath(saltFile);
        string root = Path.TrimEndingDirectorySeparator(workspace) + Path.DirectorySeparatorChar;
        if (full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new InvalidInputException($"The salt file {full} lies inside the workspace; keep it elsewhere, or the pseudonyms can be reversed by anyone with the workspace.");
        }

        if (!File.Exists(full))
        {
            AtomicFile.WriteAllText(full, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) + "\n");
        }

        byte[] salt = File.ReadAllBytes(full);
        if (salt.Length < 16)
        {
            throw new InvalidInputException($"The salt file {full} holds {salt.Length} bytes; use at least 16 (a missing file is created with 32 random bytes).");
        }

        return salt;
    }
}
