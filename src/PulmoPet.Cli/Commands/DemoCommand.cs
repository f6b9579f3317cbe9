using System.CommandLine;
using System.Globalization;
using PulmoPet.Pet.Cohort;
using PulmoPet.Phantom;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet demo</c>: generates a synthetic cohort, finds and delineates the FDG-avid lung lesions of every
/// patient, scores them against the phantom's ground truth, extracts their radiomics features, compares the four
/// lesion classes and cross-validates the default classifier (ROC curves and confusion matrix).
/// </summary>
public static partial class DemoCommand
{
    public const int DefaultPatients = 24;
    public const long DefaultSeed = 2026;

    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for the demo's files.", DefaultValueFactory = _ => new DirectoryInfo("demo-out") };
        var patients = new Option<int>("--patients", "-n") { Description = "Number of synthetic patients.", DefaultValueFactory = _ => DefaultPatients };
        var seed = new Option<long>("--seed") { Description = "Random seed of the synthetic cohort.", DefaultValueFactory = _ => DefaultSeed };
        var command = new Command("demo",
            "Run the demo: a synthetic PET/CT cohort, its lung masks and MTV40% lesions, scored against the known truth.");
        command.Options.Add(output);
        command.Options.Add(patients);
        command.Options.Add(seed);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string directory = parse.GetValue(output)!.FullName;
            string cohortDirectory = Path.Combine(directory, "cohort");
            string resultsDirectory = Path.Combine(directory, "results");
            var options = new CohortOptions { Patients = parse.GetValue(patients), Seed = parse.GetValue(seed), Centers = 3 };
            options.Validate();
            var console = context.Console;

            console.MarkupLine("[bold]PulmoPet demo[/]");
            console.MarkupLine($"1. Synthetic chest PET/CT cohort: {options.Patients} patients, seed {options.Seed} → [bold]{Markup.Escape(cohortDirectory)}[/]");
            var cohort = PhantomCommand.Generate(context, cohortDirectory, options);
            PhantomCommand.PrintSummary(console, cohort, options);

            console.WriteLine();
            console.MarkupLine($"2. Lung mask from CT, FDG-avid lesions (SUV ≥ 2.5 in the lungs), MTV40% per lesion → [bold]{Markup.Escape(resultsDirectory)}[/]");
            var result = Analyze(context, cohortDirectory, resultsDirectory, options.Patients);
            var classes = cohort.Patients.ToDictionary(p => p.Clinical.CaseId, p => p.Clinical.LesionClass.ToName());
            PrintLesions(console, result, classes);

            console.WriteLine();
            console.MarkupLine("3. Against the phantom's truth:");
            PrintEvaluation(console, result.Summary);
            console.WriteLine();
            console.MarkupLine($"Per case in {Markup.Escape(resultsDirectory)}/<case>: lesions.csv, lesions.nii.gz, lungs.nii.gz, mip.png (coronal PET MIP with outlines), summary.json.");
            console.WriteLine();
            RunRadiomics(context, cohortDirectory, resultsDirectory, result, Path.Combine(directory, "model"));
            return ErrorReporter.Success;
        }));
        return command;
    }

    private static CohortLesionResult Analyze(CliContext context, string cohortDirectory, string resultsDirectory, int patients)
    {
        if (!context.IsInteractive)
        {
            return CohortLesionAnalysis.Run(cohortDirectory, resultsDirectory: resultsDirectory);
        }

        CohortLesionResult? result = null;
        context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progressContext =>
            {
                var task = progressContext.AddTask("lungs and lesions", maxValue: patients);
                var progress = new Progress<(int Done, int Total, string CaseId)>(p =>
                {
                    task.Value = p.Done;
                    task.Description = $"lungs and lesions ({p.CaseId} done)";
                });
                result = CohortLesionAnalysis.Run(cohortDirectory, progress: progress, resultsDirectory: resultsDirectory);
                task.Value = patients;
            });
        return result!;
    }

    private static void PrintLesions(IAnsiConsole console, CohortLesionResult result, IReadOnlyDictionary<string, string> classes)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns(
            "case", "class", "lesion", "SUVmax", "SUVmean", "SUVpeak", "MTV ml", "TLG", "diameter mm", "side", "zone");
        foreach (var patient in result.Cases)
        {
            foreach (var lesion in patient.Lesions)
            {
                table.AddRow(
                    patient.CaseId,
                    classes.GetValueOrDefault(patient.CaseId, "?"),
                    lesion.LesionId.ToString(CultureInfo.InvariantCulture),
                    Number(lesion.SuvMax, 1),
                    Number(lesion.SuvMean, 1),
                    Number(lesion.SuvPeak, 1),
                    Number(lesion.MetabolicTumorVolumeMl, 2),
                    Number(lesion.TotalLesionGlycolysis, 1),
                    Number(lesion.MaxDiameterMm, 1),
                    lesion.Side,
                    lesion.Zone);
            }
        }

        console.Write(table);
    }

    private static void PrintEvaluation(IAnsiConsole console, CohortLesionSummary summary)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("measure", "value");
        table.AddRow("lung mask Dice (mean, lowest)", $"{Number(summary.MeanLungDice, 3)}, {Number(summary.MinimumLungDice, 3)}");
        table.AddRow("lesions: true / found", $"{summary.TruthLesionCount} / {summary.PredictedLesionCount}");
        foreach (var band in new[] { summary.All, summary.AtLeast10Mm, summary.AvidAtLeast10Mm })
        {
            table.AddRow($"detection rate, {Markup.Escape(band.Band)}", $"{band.DetectedCount}/{band.TruthCount} ({Number(100 * band.DetectionRate, 0)}%)");
        }

        table.AddRow("false positives per patient", Number(summary.FalsePositivesPerPatient, 2));
        foreach (var band in summary.Bands)
        {
            table.AddRow($"MTV40% Dice, {Markup.Escape(band.Band)} (mean, median)",
                band.DetectedCount == 0 ? "-" : $"{Number(band.MeanDice, 2)}, {Number(band.MedianDice, 2)}");
        }

        console.Write(table);
    }

    private static string Number(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "-";
}
