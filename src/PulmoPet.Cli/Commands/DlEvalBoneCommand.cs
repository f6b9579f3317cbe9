using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Bone;
using PulmoPet.Imaging;
using PulmoPet.Stats.Roc;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet dl eval-bone --cohort DIR (--model MODEL | --baseline threshold) --out DIR</c>: per-lesion detection
/// sensitivity, patient-level specificity, lesion Dice, and the AUC of lung origin with its DeLong CI.
/// </summary>
public static class DlEvalBoneCommand
{
    public static Command Create(CliContext context)
    {
        var cohort = new Option<DirectoryInfo>("--cohort", "-c") { Description = "Test cohort folder written by 'pulmopet phantom --with bone'.", Required = true };
        var model = new Option<DirectoryInfo?>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-bone'." };
        var baseline = new Option<string?>("--baseline") { Description = "Evaluate a baseline instead of a model: threshold (connected components of thresholded CT)." };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for bone_lesions_eval.csv and bone_summary.csv.", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("eval-bone",
            "Evaluate bone-lesion instance segmentation on a cohort: per-lesion sensitivity, patient specificity, lesion Dice and lung-origin AUC with DeLong 95% CI.");
        foreach (var option in new Option[] { cohort, model, baseline, output, device })
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

            if (baselineName is not null && baselineName != "threshold")
            {
                throw new InvalidInputException($"--baseline must be threshold, not '{baselineName}'.");
            }

            var detector = modelDirectory is null ? null : BoneLesionDetector.Load(modelDirectory.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            double spacing = detector?.SegmentationManifest.SpacingMm[0] ?? BoneData.DefaultSpacingMm;
            var cases = BoneCohort.Load(parse.GetValue(cohort)!.FullName, detector?.SegmentationManifest.Normalization, spacing);
            var matches = new List<BoneCaseMatch>();
            var stopwatch = new System.Diagnostics.Stopwatch();
            foreach (BoneCase item in cases)
            {
                stopwatch.Start();
                var detection = detector is null ? ThresholdBoneBaseline.Detect(item, BoneData.BoneWindow) : detector.Detect(item);
                stopwatch.Stop();
                matches.Add(BoneLesionMatching.Match(item.Case.Id, item.Instances, detection.Instances, item.LungOrigin,
                    detection.Lesions.ToDictionary(l => l.Label, l => l.LungOriginProbability)));
            }

            string name = detector is null ? "threshold_baseline" : "model";
            var summary = BoneLesionMatching.Summarise(matches);
            var scored = matches.SelectMany(m => m.Lesions).Where(l => l.Detected && !double.IsNaN(l.LungOriginProbability)).ToList();
            DeLong.AucEstimate? auc = scored.Any(l => l.LungOrigin) && scored.Any(l => !l.LungOrigin)
                ? DeLong.Estimate(scored.Select(l => l.LungOriginProbability).ToList(), scored.Select(l => l.LungOrigin).ToList())
                : null;
            string directory = parse.GetValue(output)!.FullName;
            RelatedCsv.Write(Path.Combine(directory, "bone_lesions_eval.csv"), ["case_id", "lesion_id", "detected", "dice", "lung_origin", "lung_origin_probability"],
                matches.SelectMany(m => m.Lesions).Select(l => (IReadOnlyList<string>)[
                    l.CaseId, l.LesionId.ToString(CultureInfo.InvariantCulture), l.Detected ? "true" : "false", RelatedCsv.Number(l.Dice),
                    l.LungOrigin ? "true" : "false", RelatedCsv.Number(l.LungOriginProbability)]));
            RelatedCsv.Write(Path.Combine(directory, "bone_summary.csv"),
                ["method", "cases", "lesions", "detected", "sensitivity", "negative_cases", "specificity", "mean_dice", "false_positives_per_case", "origin_auc", "origin_auc_lower", "origin_auc_upper", "origin_lesions"],
                [[name, cases.Count.ToString(CultureInfo.InvariantCulture), summary.Lesions.ToString(CultureInfo.InvariantCulture), summary.Detected.ToString(CultureInfo.InvariantCulture),
                  RelatedCsv.Number(summary.Sensitivity), summary.NegativeCases.ToString(CultureInfo.InvariantCulture), RelatedCsv.Number(summary.Specificity),
                  RelatedCsv.Number(summary.MeanDice), RelatedCsv.Number(summary.FalsePositivesPerCase),
                  RelatedCsv.Number(auc?.Auc ?? double.NaN), RelatedCsv.Number(auc?.Lower ?? double.NaN), RelatedCsv.Number(auc?.Upper ?? double.NaN),
                  scored.Count.ToString(CultureInfo.InvariantCulture)]]);
            var table = new Table().Border(TableBorder.Simple).AddColumns("method", "lesions", "sensitivity", "specificity (patients)", "Dice", "FP/case", "origin AUC (95% CI)");
            table.AddRow(name, summary.Lesions.ToString(CultureInfo.InvariantCulture),
                FormattableString.Invariant($"{RelatedCsv.Fixed(summary.Sensitivity)} ({summary.Detected}/{summary.Lesions})"),
                FormattableString.Invariant($"{RelatedCsv.Fixed(summary.Specificity)} ({summary.TrueNegativeCases}/{summary.NegativeCases})"),
                RelatedCsv.Fixed(summary.MeanDice), RelatedCsv.Fixed(summary.FalsePositivesPerCase),
                auc is null ? "- (needs detected lesions of both origins)" : FormattableString.Invariant($"{auc.Auc:F3} ({auc.Lower:F3}–{auc.Upper:F3}), n = {scored.Count}"));
            context.Console.Write(table);
            context.Console.WriteLine(FormattableString.Invariant(
                $"prediction {stopwatch.Elapsed.TotalSeconds / cases.Count:F2} s per volume; per-lesion results and summary written to {directory}"));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
