using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Perfusion;
using PulmoPet.Deep.Related;
using PulmoPet.Imaging;
using PulmoPet.Stats.Agreement;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet dl train-perfusion --cohort DIR --out MODEL</c>: pre-trains the CT-to-perfusion network; with
/// <c>--pretrained MODEL --folds K</c> fine-tunes it under K-fold cross-validation (encoder frozen, then unfrozen)
/// and evaluates each held-out fold with the pre-trained and the fine-tuned model.
/// </summary>
public static class DlTrainPerfusionCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new DlCohortTrainingOptions("Cohort folder written by 'pulmopet phantom --with perfusion' (ct, lungs, lobes, perfusion per case).", 20);
        var pretrained = new Option<DirectoryInfo?>("--pretrained") { Description = "A pre-trained perfusion model: fine-tune it under k-fold cross-validation instead of training from scratch." };
        var folds = new Option<int>("--folds") { Description = "Folds of the fine-tuning cross-validation.", DefaultValueFactory = _ => 3 };
        var frozenEpochs = new Option<int>("--frozen-epochs") { Description = "Fine-tuning epochs with the encoder frozen (then --epochs with everything trainable).", DefaultValueFactory = _ => 10 };
        var split = new Option<double>("--split-quantile") { Description = "Quantile of each image's lung perfusion splitting high from low function.", DefaultValueFactory = _ => PerfusionAgreement.DefaultSplitQuantile };
        var command = new Command("train-perfusion",
            "Train the CT-to-perfusion 3-D residual U-Net on a cohort folder; with --pretrained, fine-tune it under k-fold cross-validation (encoder frozen, then unfrozen) and report held-out metrics.");
        shared.AddTo(command, pretrained, folds, frozenEpochs, split);

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var cases = PerfusionCohort.Load(parse.GetValue(shared.Cohort)!.FullName);
            string directory = parse.GetValue(shared.Output)!.FullName;
            var settings = new PerfusionTrainingSettings
            {
                Network = new UNetOptions { InChannels = 1, Classes = 2, BaseChannels = parse.GetValue(shared.BaseChannels), Depth = 3 },
                Training = shared.ReadTraining(parse),
                PatchSize = shared.ReadPatch(parse),
                BatchSize = parse.GetValue(shared.Batch),
            };
            DlTrainingOptions.Validate(() => settings.Network.Validate(), () => settings.Training.Validate());
            if (parse.GetValue(pretrained) is not { } pretrainedDirectory)
            {
                var (training, validation) = shared.Split(parse, cases);
                context.Console.WriteLine($"pre-training on {training.Count} cases, validating on {validation.Count}…");
                var result = PerfusionTraining.Train(training, validation, settings, directory, DlTrainingOptions.EpochPrinter(context, "validation r", "F4"));
                context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "best validation r {0:F4} at epoch {1}; model written to {2}", result.BestScore, result.BestEpoch + 1, directory));
                return ErrorReporter.Success;
            }

            int k = parse.GetValue(folds);
            if (k < 2 || k > cases.Count)
            {
                throw new InvalidInputException($"--folds must be between 2 and the number of cases ({cases.Count}), not {k}.");
            }

            var frozen = settings with { Training = shared.ReadTraining(parse, frozenEpochs) };
            var device = DlCommand.ParseDevice(parse.GetValue(shared.Device)!);
            var pretrainedModel = PerfusionPredictor.Load(pretrainedDirectory.FullName, device);
            double quantile = parse.GetValue(split);
            var rows = new List<IReadOnlyList<string>>();
            var before = new List<Stats.Agreement.PerfusionCaseMetrics>();
            var after = new List<Stats.Agreement.PerfusionCaseMetrics>();
            for (int fold = 0; fold < k; fold++)
            {
                var heldOut = CohortFolder.Fold(cases, fold, k, heldOut: true);
                var rest = CohortFolder.Fold(cases, fold, k, heldOut: false);
                var (training, validation) = rest.Count > 1 ? (rest.Take(rest.Count - 1).ToList(), rest.Skip(rest.Count - 1).ToList()) : (rest.ToList(), rest.ToList());
                string foldDirectory = Path.Combine(directory, $"fold_{fold + 1}");
                context.Console.WriteLine($"fold {fold + 1}/{k}: fine-tuning on {training.Count} cases (validation {validation.Count}), testing on {heldOut.Count}");
                PerfusionTraining.FineTune(pretrainedDirectory.FullName, training, validation, frozen, settings, foldDirectory,
                    (phase, epoch) => DlTrainingOptions.EpochPrinter(context, phase + " validation r", "F4")(epoch));
                var fineTuned = PerfusionPredictor.Load(foldDirectory, device);
                foreach (PerfusionCase item in heldOut)
                {
                    var pre = PerfusionReport.Evaluate(item, Predict(pretrainedModel, item), quantile);
                    var post = PerfusionReport.Evaluate(item, Predict(fineTuned, item), quantile);
                    before.Add(pre);
                    after.Add(post);
                    rows.Add(PerfusionReport.Row("pretrained", pre));
                    rows.Add(PerfusionReport.Row("fine_tuned", post));
                }
            }

            RelatedCsv.Write(Path.Combine(directory, "cv_cases.csv"), PerfusionReport.CaseColumns, rows);
            PerfusionReport.Summarise(context, [("pretrained", before), ("fine_tuned", after)], Path.Combine(directory, "cv_summary.csv"));
            double gain = (after.Average(m => m.Spearman) - before.Average(m => m.Spearman)) / Math.Abs(before.Average(m => m.Spearman));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "fine-tuning changed the held-out Spearman by {0:+0.0;-0.0} %; per-case metrics in {1}", 100 * gain, Path.Combine(directory, "cv_cases.csv")));
            return ErrorReporter.Success;
        }));
        return command;
    }

    internal static float[] Predict(PerfusionPredictor predictor, PerfusionCase item) =>
        PerfusionPredictor.PredictCrop(predictor.Model, item.Case, predictor.Manifest.PatchSize.ToArray(), predictor.Device);
}
