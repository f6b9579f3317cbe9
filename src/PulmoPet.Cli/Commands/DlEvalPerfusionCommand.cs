using System.CommandLine;
using PulmoPet.Deep.Perfusion;
using PulmoPet.Imaging;
using PulmoPet.Stats.Agreement;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet dl eval-perfusion --cohort DIR (--model MODEL | --baseline density) --out DIR</c>: voxel-wise
/// Spearman inside the lungs, Dice of high- and low-function lung, per-lobe correlation of mean perfusion.
/// </summary>
public static class DlEvalPerfusionCommand
{
    public static Command Create(CliContext context)
    {
        var cohort = new Option<DirectoryInfo>("--cohort", "-c") { Description = "Cohort folder written by 'pulmopet phantom --with perfusion'.", Required = true };
        var model = new Option<DirectoryInfo?>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-perfusion'." };
        var baseline = new Option<string?>("--baseline") { Description = "Evaluate a baseline instead of a model: density (smoothed lung density)." };
        var split = new Option<double>("--split-quantile") { Description = "Quantile of each image's lung perfusion splitting high from low function.", DefaultValueFactory = _ => PerfusionAgreement.DefaultSplitQuantile };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for perfusion_cases.csv and perfusion_summary.csv.", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("eval-perfusion",
            "Evaluate CT-to-perfusion predictions on a cohort: voxel-wise Spearman in the lungs, Dice of high/low-function lung, per-lobe correlation of mean perfusion.");
        foreach (var option in new Option[] { cohort, model, baseline, split, output, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var modelDirectory = parse.GetValue(model);
            string? baselineName = parse.GetValue(baseline);
            if ((modelDirectory is null) == (baselineName is null))
            {
                throw new InvalidInputException("Give exactly one of --model and --baseline.");
            }

            if (baselineName is not null && baselineName != "density")
            {
                throw new InvalidInputException($"--baseline must be density, not '{baselineName}'.");
            }

            var predictor = modelDirectory is null ? null : PerfusionPredictor.Load(modelDirectory.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            var normalization = predictor?.Manifest.Normalization ?? Deep.Data.PetCtNormalization.Default;
            var cases = PerfusionCohort.Load(parse.GetValue(cohort)!.FullName, normalization);
            double quantile = parse.GetValue(split);
            string name = predictor is null ? "density_baseline" : "model";
            var stopwatch = new System.Diagnostics.Stopwatch();
            var metrics = cases.Select(item =>
            {
                stopwatch.Start();
                float[] predicted = predictor is null ? DensityBaseline.Predict(item, normalization) : DlTrainPerfusionCommand.Predict(predictor, item);
                stopwatch.Stop();
                return PerfusionReport.Evaluate(item, predicted, quantile);
            }).ToList();
            string directory = parse.GetValue(output)!.FullName;
            RelatedCsv.Write(Path.Combine(directory, "perfusion_cases.csv"), PerfusionReport.CaseColumns, metrics.Select(m => PerfusionReport.Row(name, m)));
            PerfusionReport.Summarise(context, [(name, metrics)], Path.Combine(directory, "perfusion_summary.csv"));
            context.Console.WriteLine(FormattableString.Invariant(
                $"prediction {stopwatch.Elapsed.TotalSeconds / cases.Count:F2} s per volume; per-case metrics and summary written to {directory}"));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
