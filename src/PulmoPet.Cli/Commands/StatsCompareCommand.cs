using System.CommandLine;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.GroupComparison;
using PulmoPet.Stats.Reports;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet stats compare --input T.csv --group COL [--categorical a,b] [--continuous c,d] --out DIR</c>:
/// writes DIR/comparison.csv and DIR/comparison.md (see <see cref="GroupComparisonAnalysis"/> for the tests).
/// </summary>
public static class StatsCompareCommand
{
    public static Command Create(CliContext context)
    {
        var input = StatsOptions.RequiredPath("--input", "CSV table, one row per case or lesion.");
        var group = new Option<string>("--group") { Description = "Column holding the groups to compare.", Required = true };
        var categorical = new Option<string?>("--categorical")
        {
            Description = "Comma-separated categorical columns. With --categorical and/or --continuous only the listed columns are compared; with neither, every column but the group and *_id columns, with inferred types.",
        };
        var continuous = new Option<string?>("--continuous") { Description = "Comma-separated continuous columns." };
        var rank = new Option<bool>("--rank-tests") { Description = "Make Mann-Whitney / Kruskal-Wallis the primary test of continuous variables (t-test/ANOVA are still reported)." };
        var levene = new Option<string>("--levene-center")
        {
            Description = "Centre of Levene's test: median (Brown-Forsythe, R car default) or mean (SPSS).",
            DefaultValueFactory = _ => "median",
        };
        levene.AcceptOnlyFromAmong("median", "mean");
        var output = StatsOptions.Output();

        var command = new Command("compare", "Compare variables between groups (chi-square/Fisher, t/Welch, Mann-Whitney, ANOVA, Kruskal-Wallis).");
        foreach (var option in new Option[] { input, group, categorical, continuous, rank, levene, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string path = StatsOptions.RequireExistingFile(parse.GetValue(input)!, "--input");
            var options = new GroupComparisonOptions(parse.GetValue(group)!)
            {
                Categorical = StatsOptions.SplitList(parse.GetValue(categorical)),
                Continuous = StatsOptions.SplitList(parse.GetValue(continuous)),
                ContinuousTests = parse.GetValue(rank) ? ContinuousTestFamily.Nonparametric : ContinuousTestFamily.Parametric,
                LeveneCenter = parse.GetValue(levene) == "mean" ? LeveneCenter.Mean : LeveneCenter.Median,
            };
            var result = GroupComparisonAnalysis.Run(CsvTable.Load(path), options);
            if (result.Variables.Count == 0)
            {
                throw new InvalidInputException($"'{path}' has no columns to compare besides '{options.GroupColumn}'.");
            }

            string directory = parse.GetValue(output)!;
            GroupComparisonReport.Write(result, directory);
            foreach (var v in result.Variables)
            {
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{v.Variable,-24} {v.Primary?.Test ?? "-",-15} {TextFormat.PEquals(v.Primary?.PValue ?? double.NaN)}"));
            }

            context.Output.WriteLine($"Wrote {Path.Combine(directory, GroupComparisonReport.CsvFileName)} and {GroupComparisonReport.MarkdownFileName}.");
        }));
        return command;
    }
}
