using PulmoPet.Imaging;
using PulmoPet.Phantom;

namespace PulmoPet.Deep.Data;

/// <summary>
/// Reads the patients of a cohort: a phantom cohort folder (the output of <c>pulmopet phantom</c>:
/// <c>clinical.csv</c> with case_id, class, center and one folder per case holding <c>pet_suv.nii.gz</c>,
/// <c>ct.nii.gz</c>, <c>lungs.nii.gz</c>, <c>lesions.nii.gz</c>) or a manifest CSV with the columns
/// <c>case_id, pet, ct</c> and optionally <c>lungs, lesions, class, center</c> (paths relative to the CSV).
/// </summary>
public static class CohortManifest
{
    public const string PhantomClinicalTable = CohortGenerator.ClinicalTable;
    public const string PhantomPet = CohortGenerator.PetFile;
    public const string PhantomCt = CohortGenerator.CtFile;
    public const string PhantomLungs = CohortGenerator.LungsFile;
    public const string PhantomLesions = CohortGenerator.LesionsFile;

    /// <summary>A phantom cohort folder or a manifest CSV, whichever <paramref name="path"/> is.</summary>
    public static IReadOnlyList<CohortCase> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return FromPhantomFolder(path);
        }

        if (File.Exists(path))
        {
            return FromCsv(path);
        }

        throw new InvalidInputException($"The cohort {path} is neither a phantom cohort folder nor a manifest CSV: it does not exist.");
    }

    public static IReadOnlyList<CohortCase> FromPhantomFolder(string folder)
    {
        string clinical = Path.Combine(folder, PhantomClinicalTable);
        if (!File.Exists(clinical))
        {
            throw new InvalidInputException($"The cohort folder {folder} has no {PhantomClinicalTable}; give the output folder of 'pulmopet phantom' or a manifest CSV.");
        }

        var table = CsvRows.Read(clinical);
        int id = table.Require("case_id"), lesionClass = table.Require("class"), center = table.Require("center");
        var cases = table.Rows.Select(row =>
        {
            string caseFolder = Path.GetFullPath(Path.Combine(folder, row.Cells[id]));
            return new CohortCase(row.Cells[id],
                Path.Combine(caseFolder, PhantomPet), Path.Combine(caseFolder, PhantomCt),
                Path.Combine(caseFolder, PhantomLungs), Path.Combine(caseFolder, PhantomLesions),
                row.Cells[lesionClass], row.Cells[center]);
        }).ToList();
        CheckUnique(cases, clinical);
        return cases;
    }

    public static IReadOnlyList<CohortCase> FromCsv(string path)
    {
        var table = CsvRows.Read(path);
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        int id = table.Require("case_id"), pet = table.Require("pet"), ct = table.Require("ct");
        int lungs = table.IndexOf("lungs"), lesions = table.IndexOf("lesions"), lesionClass = table.IndexOf("class"), center = table.IndexOf("center");
        var cases = table.Rows.Select(row =>
        {
            string Required(int column, string name) => row.Cells[column].Length > 0
                ? Path.GetFullPath(row.Cells[column], folder)
                : throw new InvalidInputException($"{path} line {row.Line}: the '{name}' cell is empty.");
            string? Optional(int column) => column >= 0 && row.Cells[column].Length > 0 ? row.Cells[column] : null;
            string? OptionalPath(int column) => Optional(column) is { } p ? Path.GetFullPath(p, folder) : null;
            if (row.Cells[id].Length == 0)
            {
                throw new InvalidInputException($"{path} line {row.Line}: the 'case_id' cell is empty.");
            }

            return new CohortCase(row.Cells[id], Required(pet, "pet"), Required(ct, "ct"), OptionalPath(lungs), OptionalPath(lesions),
                Optional(lesionClass), Optional(center));
        }).ToList();
        CheckUnique(cases, path);
        return cases;
    }

    /// <summary>"A,B" → {A, B}; null or blank → null (all centres).</summary>
    public static IReadOnlySet<string>? ParseCenters(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return null;
        }

        return list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The cases of the given centres (all when <paramref name="centers"/> is null); an error when none is left.</summary>
    public static IReadOnlyList<CohortCase> OfCenters(IReadOnlyList<CohortCase> cases, IReadOnlySet<string>? centers, string cohortName)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (centers is null)
        {
            return cases;
        }

        var missing = cases.Where(c => c.Center is null).Select(c => c.CaseId).FirstOrDefault();
        if (missing is not null)
        {
            throw new InvalidInputException($"The cohort {cohortName} gives no centre for case {missing}, so it cannot be split by centre.");
        }

        var selected = cases.Where(c => centers.Contains(c.Center!)).ToList();
        if (selected.Count == 0)
        {
            var known = cases.Select(c => c.Center!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
            throw new InvalidInputException($"The cohort {cohortName} has no case from centre(s) {string.Join(", ", centers)}; its centres are {string.Join(", ", known)}.");
        }

        return selected;
    }

    private static void CheckUnique(IReadOnlyList<CohortCase> cases, string source)
    {
        if (cases.Count == 0)
        {
            throw new InvalidInputException($"The cohort table {source} lists no case.");
        }

        var repeated = cases.GroupBy(c => c.CaseId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidInputException($"The cohort table {source} lists case {repeated.Key} more than once.");
        }
    }
}
