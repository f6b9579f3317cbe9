using System.Text;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Study.Workspace;

/// <summary>
/// The case list of a study: a CSV with <c>case_id</c> and <c>pet</c>, <c>ct</c> (needed unless the row gives a
/// <c>mask</c>), optional <c>mask</c> and <c>rtstruct</c>, then any clinical, label or follow-up columns. Paths are
/// DICOM folders or image files, relative to the manifest's folder. Every bad row is reported, one sentence each.
/// </summary>
public sealed class StudyManifest
{
    public static readonly IReadOnlyList<string> PathColumns = ["pet", "ct", "mask", "rtstruct"];

    /// <summary>
    /// Column names that hold direct patient identifiers (DICOM PatientName, PatientBirthDate, PatientID and their
    /// usual spellings): a manifest carrying them is refused, so no table or report can show them.
    /// </summary>
    public static readonly IReadOnlySet<string> IdentifyingColumns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "name", "patient_name", "patientname", "patients_name", "first_name", "last_name", "surname",
        "birth_date", "birthdate", "date_of_birth", "dob", "patient_birth_date", "patientbirthdate",
        "patient_id", "patientid", "mrn", "medical_record_number",
    };

    private StudyManifest(IReadOnlyList<StudyCase> cases, IReadOnlyList<string> clinicalColumns)
    {
        Cases = cases;
        ClinicalColumns = clinicalColumns;
    }

    public IReadOnlyList<StudyCase> Cases { get; }

    /// <summary>The columns after the path columns, in file order.</summary>
    public IReadOnlyList<string> ClinicalColumns { get; }

    /// <summary>Reads and validates a manifest; relative paths resolve against <paramref name="baseDirectory"/> (default: the manifest's folder).</summary>
    /// <exception cref="ManifestException">One sentence per bad column or row.</exception>
    public static StudyManifest Read(string path, string? baseDirectory = null, bool checkPaths = true)
    {
        var table = CsvTable.Load(path);
        string name = Path.GetFileName(path);
        string folder = baseDirectory ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
        var problems = new List<string>();
        foreach (string required in new[] { "case_id", "pet" })
        {
            if (!table.HasColumn(required))
            {
                problems.Add($"The manifest {name} has no '{required}' column; it needs case_id and pet, then ct (or mask), optional mask and rtstruct, then clinical columns.");
            }
        }

        if (!table.HasColumn("ct") && !table.HasColumn("mask"))
        {
            problems.Add($"The manifest {name} has neither a 'ct' nor a 'mask' column, so there is nothing to find the lungs in.");
        }

        foreach (string column in table.Header.Where(IdentifyingColumns.Contains))
        {
            problems.Add($"The manifest {name} has the column '{column}', a direct patient identifier; remove it (case ids come from case_id, and tables and reports never show names or birth dates).");
        }

        if (problems.Count > 0) throw new ManifestException(problems);

        var clinical = table.Header.Where(h => h != "case_id" && !PathColumns.Contains(h)).ToArray();
        var cases = new List<StudyCase>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < table.Count; r++)
        {
            int row = table.RowNumbers[r];
            string? Optional(string column) => table.HasColumn(column) && table.Cell(r, table.ColumnIndex(column)) is { Length: > 0 } v ? v : null;
            string caseId = table.Cell(r, table.ColumnIndex("case_id"));
            string where = $"The manifest {name} row {row}";
            if (caseId.Length == 0)
            {
                problems.Add($"{where} has an empty case_id.");
                continue;
            }

            if (!CaseIds.IsSafe(caseId))
            {
                problems.Add($"{where}: case_id '{caseId}' may only hold letters, digits, '.', '_' and '-' (it names the case's folder).");
                continue;
            }

            if (seen.TryGetValue(caseId, out int first))
            {
                problems.Add($"{where} repeats case_id '{caseId}' of row {first}.");
                continue;
            }

            seen[caseId] = row;
            string? pet = Optional("pet"), ct = Optional("ct"), mask = Optional("mask"), rt = Optional("rtstruct");
            if (pet is null)
            {
                problems.Add($"{where} (case {caseId}) has no pet path.");
                continue;
            }

            if (ct is null && mask is null)
            {
                problems.Add($"{where} (case {caseId}) has neither a ct nor a mask path, so there is nothing to find the lungs in.");
                continue;
            }

            string Resolve(string p) => Path.GetFullPath(p, folder);
            var resolved = new StudyCase(caseId, Resolve(pet), ct is null ? null : Resolve(ct), mask is null ? null : Resolve(mask), rt is null ? null : Resolve(rt),
                [.. clinical.Select(c => new KeyValuePair<string, string>(c, table.Cell(r, table.ColumnIndex(c))))]);
            string? missing = checkPaths ? resolved.Inputs().Where(i => !File.Exists(i.Path) && !Directory.Exists(i.Path)).Select(i => $"{i.Role} path {i.Path}").FirstOrDefault() : null;
            if (missing is not null)
            {
                problems.Add($"{where} (case {caseId}): the {missing} does not exist.");
                continue;
            }

            cases.Add(resolved);
        }

        if (problems.Count > 0) throw new ManifestException(problems);
        if (cases.Count == 0) throw new InvalidInputException($"The manifest {name} lists no case.");
        return new StudyManifest(cases, clinical);
    }

    /// <summary>The same manifest with every case id replaced (paths and clinical columns kept).</summary>
    public StudyManifest WithCaseIds(Func<string, string> map)
    {
        var cases = Cases.Select(c => c with { CaseId = map(c.CaseId) }).ToArray();
        var duplicate = cases.GroupBy(c => c.CaseId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidInputException($"Two cases map to the same id '{duplicate.Key}'.");
        }

        return new StudyManifest(cases, ClinicalColumns);
    }

    /// <summary>Writes the manifest atomically with absolute paths, so the workspace's runs do not depend on where the original was.</summary>
    public void Write(string path)
    {
        var text = new StringBuilder();
        text.Append(CsvFormat.Line(["case_id", .. PathColumns, .. ClinicalColumns])).Append('\n');
        foreach (var c in Cases)
        {
            text.Append(CsvFormat.Line([c.CaseId, c.Pet, c.Ct ?? "", c.Mask ?? "", c.RtStruct ?? "", .. c.Clinical.Select(p => p.Value)])).Append('\n');
        }

        AtomicFile.WriteAllText(path, text.ToString());
    }
}
