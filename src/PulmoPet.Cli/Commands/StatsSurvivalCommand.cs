using System.CommandLine;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Reports;
using PulmoPet.Stats.Survival;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet stats survival --input T.csv --time COL --event COL [--group COL | --score COL --cut median]
/// [--covariates a,b] --out DIR</c>: Kaplan–Meier, log-rank, Cox; writes km.csv, cox.csv, survival.md, km.png.
/// </summary>
public static class StatsSurvivalCommand
{
    public static Command Create(CliContext context)
    {
        var input = StatsOptions.RequiredPath("--input", "CSV table, one row per patient.");
        var time = new Option<string>("--time") { Description = "Column with the follow-up time (≥ 0).", Required = true };
        var evt = new Option<string>("--event") { Description = "Column with 1 = event, 0 = censored.", Required = true };
        var group = new Option<string?>("--group") { Description = "Column with the groups to compare." };
        var score = new Option<string?>("--score") { Description = "Numeric column split into low (≤ cut) and high (> cut)." };
        var cut = new Option<string>("--cut")
        {
            Description = "How to split --score: median, mean, or a fixed value such as 2.5 (a value fixed in advance keeps the log-rank p-value unbiased).",
            DefaultValueFactory = _ => "median",
        };
        var reference = new Option<string?>("--reference") { Description = "Reference group of the Cox model (default: the first group in sort order)." };
        var ci = new Option<string>("--ci")
        {
            Description = "Kaplan-Meier confidence interval: log (R survfit default) or plain (SPSS).",
            DefaultValueFactory = _ => "log",
        };
        ci.AcceptOnlyFromAmong("log", "plain");
        var covariates = new Option<string?>("--covariates") { Description = "Comma-separated numeric covariates added to the Cox model." };
        var output = StatsOptions.Output();
        var command = new Command("survival", "Kaplan-Meier (Greenwood log CI, median), log-rank test and Cox regression (Efron ties).");
        foreach (var option in new Option[] { input, time, evt, group, score, cut, reference, ci, covariates, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string path = StatsOptions.RequireExistingFile(parse.GetValue(input)!, "--input");
            if (parse.GetValue(group) is not null && parse.GetValue(score) is not null)
            {
                throw new InvalidInputException("Give either --group or --score, not both.");
            }

            var options = new SurvivalOptions(parse.GetValue(time)!, parse.GetValue(evt)!)
            {
                GroupColumn = parse.GetValue(group),
                ScoreColumn = parse.GetValue(score),
                Cut = ScoreCut.TryParse(parse.GetValue(cut)!)
                    ?? throw new InvalidInputException($"--cut '{parse.GetValue(cut)}' is neither 'median', 'mean' nor a number."),
                ReferenceGroup = parse.GetValue(reference),
                ConfidenceInterval = parse.GetValue(ci) == "plain" ? SurvivalConfidenceInterval.Plain : SurvivalConfidenceInterval.Log,
                Covariates = StatsOptions.SplitList(parse.GetValue(covariates)),
            };
            var result = SurvivalAnalysis.Run(CsvTable.Load(path), options);
            string directory = parse.GetValue(output)!;
            SurvivalReport.Write(result, directory);
            var inv = CultureInfo.InvariantCulture;
            foreach (var g in result.Groups)
            {
                string median = double.IsNaN(g.Median) ? "not reached" : g.Median.ToString("0.##", inv);
                context.Output.WriteLine(string.Create(inv, $"{g.Name,-16} n = {g.Curve.N,4}, events = {g.Curve.TotalEvents,4}, median = {median}"));
            }

            if (result.LogRank is { } lr)
            {
                context.Output.WriteLine(string.Create(inv, $"log-rank chi-square = {lr.ChiSquare:0.00}, df = {lr.Df}, {TextFormat.PEquals(lr.PValue)}"));
            }

            foreach (var c in result.Cox?.Coefficients ?? [])
            {
                context.Output.WriteLine(string.Create(inv, $"Cox {c.Name}: HR {c.HazardRatio:0.00} (95% CI {c.Lower:0.00}-{c.Upper:0.00}), {TextFormat.PEquals(c.PValue)}"));
            }

            context.Output.WriteLine($"Wrote {Path.Combine(directory, SurvivalReport.MarkdownFileName)}, {SurvivalReport.KaplanMeierFileName}, {SurvivalReport.PlotFileName}.");
        }));
        return command;
    }
}
