using System.CommandLine;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Pet.Evaluation;
using PulmoPet.Pet.Reporting;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet evaluate-seg --pred LABELS --truth LABELS --out FILE.csv</c> (or <c>--manifest CSV</c> with
/// columns case_id,pred,truth): per-lesion matches in FILE.csv, per-case figures and an ALL row in
/// FILE_summary.csv (see <see cref="SegmentationEvaluator"/> for the matching rule).
/// </summary>
public static class EvaluateSegCommand
{
    public static Command Create(CliContext context)
    {
        var pred = new Option<FileInfo?>("--pred") { Description = "Predicted lesion instance labels (0 background)." };
        var truth = new Option<FileInfo?>("--truth") { Description = "Truth lesion instance labels (0 background); the prediction is brought to its grid." };
        var manifest = new Option<FileInfo?>("--manifest") { Description = "CSV with columns case_id,pred,truth (paths relative to the manifest) to evaluate many cases." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Lesion table to write (.csv); the case summary goes to <name>_summary.csv beside it.", Required = true };
        var minimumDice = new Option<double>("--min-dice") { Description = "Smallest Dice for a predicted lesion to count as detecting a truth lesion.", DefaultValueFactory = _ => SegmentationEvaluator.DefaultMinimumMatchDice };
        var command = new Command("evaluate-seg", "Compare predicted lesion masks with truth: detection rate, false positives, per-lesion and global Dice, volume error, autoPET FP/FN volumes.");
        foreach (var option in new Option[] { pred, truth, manifest, output, minimumDice })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var cases = new List<(string Id, string Pred, string Truth)>();
            if (parse.GetValue(manifest) is { } manifestFile)
            {
                cases.AddRange(ReadManifest(manifestFile.FullName));
            }
            else if (parse.GetValue(pred) is { } p && parse.GetValue(truth) is { } t)
            {
                cases.Add((LesionsInputs.CaseIdOf(p.FullName), p.FullName, t.FullName));
            }
            else
            {
                throw new InvalidInputException("Give --pred and --truth for one case, or --manifest for many.");
            }

            double minDice = parse.GetValue(minimumDice);
            var results = cases.Select(c => SegmentationEvaluator.Evaluate(c.Id, ImageFile.Read(c.Pred), ImageFile.Read(c.Truth), minDice)).ToList();
            string target = parse.GetValue(output)!.FullName;
            string summary = Path.Combine(Path.GetDirectoryName(target)!, Path.GetFileNameWithoutExtension(target) + "_summary.csv");
            AtomicFile.WriteAllText(target, EvaluationTables.Lesions(results));
            AtomicFile.WriteAllText(summary, EvaluationTables.Cases(results));
            int truthCount = results.Sum(r => r.TruthCount), detected = results.Sum(r => r.DetectedCount);
            context.Console.MarkupLineInterpolated(
                $"{results.Count} case(s): detected {detected}/{truthCount} truth lesions, {results.Sum(r => r.FalsePositiveCount)} false positive(s); wrote [bold]{target}[/] and [bold]{summary}[/]");
            return ErrorReporter.Success;
        }));
        return command;
    }

    private static IEnumerable<(string, string, string)> ReadManifest(string path)
    {
        string folder = Path.GetDirectoryName(path)!;
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToArray();
        var header = lines.Length == 0 ? [] : lines[0].Split(',').Select(h => h.Trim()).ToArray();
        int id = Array.IndexOf(header, "case_id"), pred = Array.IndexOf(header, "pred"), truth = Array.IndexOf(header, "truth");
        if (id < 0 || pred < 0 || truth < 0)
        {
            throw new InvalidInputException($"The manifest {path} needs the columns case_id, pred and truth in its header row.");
        }

        foreach (string line in lines.Skip(1))
        {
            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (cells.Length <= Math.Max(id, Math.Max(pred, truth)))
            {
                throw new InvalidInputException($"The manifest {path} has a short row: \"{line}\".");
            }

            yield return (cells[id], Path.GetFullPath(cells[pred], folder), Path.GetFullPath(cells[truth], folder));
        }
    }
}
