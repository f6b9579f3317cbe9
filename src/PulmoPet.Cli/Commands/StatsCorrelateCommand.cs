using System.CommandLine;
using System.Globalization;
using PulmoPet.Stats.Correlation;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Reports;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet stats correlate --input T.csv --columns a,b,c --out DIR</c>: Spearman and Pearson for every pair.</summary>
public static class StatsCorrelateCommand
{
    public static Command Create(CliContext context)
    {
        var input = StatsOptions.RequiredPath("--input", "CSV table.");
        var columns = new Option<string>("--columns") { Description = "Comma-separated numeric columns (at least two).", Required = true };
        var output = StatsOptions.Output();
        var command = new Command("correlate", "Spearman (R cor.test p-values) and Pearson correlation of every pair of columns.");
        command.Options.Add(input);
        command.Options.Add(columns);
        command.Options.Add(output);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string path = StatsOptions.RequireExistingFile(parse.GetValue(input)!, "--input");
            var pairs = CorrelationAnalysis.Run(CsvTable.Load(path), StatsOptions.SplitList(parse.GetValue(columns)));
            string directory = parse.GetValue(output)!;
            CorrelationReport.Write(pairs, directory);
            foreach (var p in pairs)
            {
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{p.A} ~ {p.B}: rho = {p.Spearman.Estimate:0.000} ({TextFormat.PEquals(p.Spearman.PValue)}), r = {p.Pearson.Estimate:0.000} ({TextFormat.PEquals(p.Pearson.PValue)})"));
            }

            context.Output.WriteLine($"Wrote {Path.Combine(directory, CorrelationReport.CsvFileName)} and {CorrelationReport.MarkdownFileName}.");
        }));
        return command;
    }
}
