using System.CommandLine;
using System.Globalization;
using System.Text;
using PulmoPet.Imaging;
using PulmoPet.Pet.Cohort;
using PulmoPet.Phantom;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet model dataset --cohort DIR --out DIR</c>: finds and delineates the lesions of every case of a synthetic
/// cohort (as the demo does, lungs from the CT), labels each detected lesion with the class of the truth lesion it
/// matches (false positives are left out), and writes OUT/manifest.csv for <c>pulmopet features --manifest</c> and
/// OUT/labels.csv (case_id = &lt;patient&gt;_L&lt;lesion&gt;, patient_id, center, class and clinical variables).
/// </summary>
public static class ModelDatasetCommand
{
    public const string ManifestFile = "manifest.csv";
    public const string LabelsFile = "labels.csv";
    public const string LesionsFolder = "lesions";

    private static readonly string[] ClinicalColumns = ["age_years", "sex", "glucose_mmol_l", "smoking_status"];

    public static Command Create(CliContext context)
    {
        var cohort = new Option<string>("--cohort") { Description = "Cohort folder written by pulmopet phantom.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for manifest.csv, labels.csv and lesions/<case>/.", Required = true };
        var command = new Command("dataset", "Lesions of a synthetic cohort, labelled by their matched truth lesion: a features manifest and a labels table.");
        command.Options.Add(cohort);
        command.Options.Add(output);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var summary = Build(parse.GetValue(cohort)!, parse.GetValue(output)!);
            context.Output.WriteLine(summary);
        }));
        return command;
    }

    /// <summary>Runs the lesion analysis and writes the two tables; returns a one-line summary.</summary>
    public static string Build(string cohortDirectory, string outputDirectory, IProgress<(int Done, int Total, string CaseId)>? progress = null)
    {
        string lesionsDirectory = Path.Combine(Path.GetFullPath(outputDirectory), LesionsFolder);
        var result = CohortLesionAnalysis.Run(Path.GetFullPath(cohortDirectory), progress: progress, resultsDirectory: lesionsDirectory);
        return WriteTables(cohortDirectory, result, lesionsDirectory, outputDirectory);
    }

    /// <summary>
    /// Writes manifest.csv and labels.csv for lesions already found by <see cref="CohortLesionAnalysis"/>, whose label
    /// maps were written under <paramref name="lesionsDirectory"/>/&lt;case&gt;/; returns a one-line summary.
    /// </summary>
    public static string WriteTables(string cohortDirectory, CohortLesionResult result, string lesionsDirectory, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(result);
        string cohortFull = Path.GetFullPath(cohortDirectory), outFull = Path.GetFullPath(outputDirectory);
        lesionsDirectory = Path.GetFullPath(lesionsDirectory);
        var clinical = CsvTable.Load(Path.Combine(cohortFull, CohortGenerator.ClinicalTable));
        var truth = CsvTable.Load(Path.Combine(cohortFull, CohortGenerator.LesionTable));

        var patientRow = Enumerable.Range(0, clinical.Count).ToDictionary(r => clinical.Cell(r, clinical.ColumnIndex("case_id")), StringComparer.Ordinal);
        var truthClass = Enumerable.Range(0, truth.Count).ToDictionary(
            r => (truth.Cell(r, truth.ColumnIndex("case_id")), truth.Cell(r, truth.ColumnIndex("lesion_id"))),
            r => truth.Cell(r, truth.ColumnIndex("class")));
        var manifest = new StringBuilder("case_id,image,mask,label\n");
        var labels = new StringBuilder(CsvFormat.Line(new[] { "case_id", "patient_id", "lesion_id", "center", "class", "truth_lesion_id", "suv_max", "mtv_ml" }.Concat(ClinicalColumns)) + "\n");
        int kept = 0, falsePositives = 0;
        var inv = CultureInfo.InvariantCulture;
        foreach (var patient in result.Cases)
        {
            if (!patientRow.TryGetValue(patient.CaseId, out int row))
            {
                throw new InvalidInputException($"'{clinical.Source}' has no row for case {patient.CaseId}.");
            }

            foreach (var lesion in patient.Lesions)
            {
                var match = patient.Evaluation.Lesions.FirstOrDefault(m => m.PredictedId == lesion.LesionId && m.TruthId != 0);
                if (match is null)
                {
                    falsePositives++;
                    continue;
                }

                string id = string.Create(inv, $"{patient.CaseId}_L{lesion.LesionId}");
                string truthId = match.TruthId.ToString(inv);
                manifest.Append(CsvFormat.Line([
                    id,
                    Path.Combine(cohortFull, patient.CaseId, CohortLesionAnalysis.PetFile),
                    Path.Combine(lesionsDirectory, patient.CaseId, PulmoPet.Pet.Reporting.LesionReportWriter.LabelsFile),
                    lesion.LesionId.ToString(inv)])).Append('\n');
                labels.Append(CsvFormat.Line(new[]
                {
                    id, patient.CaseId, lesion.LesionId.ToString(inv), clinical.Cell(row, clinical.ColumnIndex("center")),
                    truthClass.GetValueOrDefault((patient.CaseId, truthId), ""), truthId,
                    CsvFormat.Number(lesion.SuvMax), CsvFormat.Number(lesion.MetabolicTumorVolumeMl),
                }.Concat(ClinicalColumns.Select(c => clinical.Cell(row, clinical.ColumnIndex(c)))))).Append('\n');
                kept++;
            }
        }

        Directory.CreateDirectory(outFull);
        WriteAtomically(Path.Combine(outFull, ManifestFile), manifest.ToString());
        WriteAtomically(Path.Combine(outFull, LabelsFile), labels.ToString());
        return string.Create(inv,
            $"{result.Cases.Count} patients: {kept} detected lesions matched to the truth, {falsePositives} false positives left out. Wrote {Path.Combine(outFull, ManifestFile)} and {LabelsFile}.");
    }

    private static void WriteAtomically(string path, string text)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
