using System.CommandLine;
using System.Globalization;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Reports;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet evaluate compare --a P1.csv --b P2.csv --out DIR</c>: paired DeLong test (pROC roc.test).</summary>
public static class EvaluateCompareCommand
{
    public static Command Create(CliContext context)
    {
        var a = StatsOptions.RequiredPath("--a", "Predictions of model A.");
        var b = StatsOptions.RequiredPath("--b", "Predictions of model B on the same cases (matched on case_id).");
        var output = StatsOptions.Output();
        var command = new Command("compare", "Paired DeLong test of two models' AUCs on the same cases (writes delong.csv and delong.md).");
        command.Options.Add(a);
        command.Options.Add(b);
        command.Options.Add(output);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string pathA = StatsOptions.RequireExistingFile(parse.GetValue(a)!, "--a");
            string pathB = StatsOptions.RequireExistingFile(parse.GetValue(b)!, "--b");
            var comparisons = PairedAucReport.Compare(PredictionSet.Load(pathA), PredictionSet.Load(pathB));
            string directory = parse.GetValue(output)!;
            PairedAucReport.Write(comparisons, pathA, pathB, directory);
            foreach (var c in comparisons)
            {
                var t = c.Test;
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{c.Class}: AUC A {t.AucA:0.000} vs B {t.AucB:0.000}, difference {t.Difference:0.000} (95% CI {t.Lower:0.000} to {t.Upper:0.000}), z = {t.Z:0.00}, {TextFormat.PEquals(t.PValue)}"));
            }

            context.Output.WriteLine($"Wrote {Path.Combine(directory, PairedAucReport.CsvFileName)} and {PairedAucReport.MarkdownFileName}.");
        }));
        return command;
    }
}
