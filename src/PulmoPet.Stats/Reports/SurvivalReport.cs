using System.Globalization;
using System.Text;
using PulmoPet.Imaging.Io;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Plots;
using PulmoPet.Stats.Survival;

namespace PulmoPet.Stats.Reports;

/// <summary>Writes <c>km.csv</c>, <c>cox.csv</c>, <c>survival.md</c> and <c>km.png</c> for a <see cref="SurvivalResult"/>.</summary>
public static class SurvivalReport
{
    public const string KaplanMeierFileName = "km.csv";
    public const string CoxFileName = "cox.csv";
    public const string MarkdownFileName = "survival.md";
    public const string PlotFileName = "km.png";

    public static void Write(SurvivalResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.WriteAllText(Path.Combine(directory, KaplanMeierFileName), KaplanMeierCsv(result));
        if (result.Cox is not null)
        {
            AtomicFile.WriteAllText(Path.Combine(directory, CoxFileName), CoxCsv(result.Cox));
        }

        AtomicFile.WriteAllText(Path.Combine(directory, MarkdownFileName), ToMarkdown(result));
        FigureSize.SavePng(KaplanMeierPlot.Create(result, result.Options.TimeColumn), Path.Combine(directory, PlotFileName), 3.5, 3.5);
    }

    public static string KaplanMeierCsv(SurvivalResult result)
    {
        var csv = new StringBuilder("group,time,n_risk,n_event,n_censor,survival,std_err,ci_lower,ci_upper\n");
        foreach (var g in result.Groups)
        {
            foreach (var s in g.Curve.Steps)
            {
                csv.Append(CsvFormat.Line(
                [
                    g.Name, CsvFormat.Number(s.Time), s.AtRisk.ToString(CultureInfo.InvariantCulture),
                    s.Events.ToString(CultureInfo.InvariantCulture), s.Censored.ToString(CultureInfo.InvariantCulture),
                    CsvFormat.Number(s.Survival), CsvFormat.Number(s.StandardError), CsvFormat.Number(s.Lower), CsvFormat.Number(s.Upper),
                ])).Append('\n');
            }
        }

        return csv.ToString();
    }

    public static string CoxCsv(CoxModel cox)
    {
        ArgumentNullException.ThrowIfNull(cox);
        var csv = new StringBuilder("term,coef,se,z,p_value,hazard_ratio,hr_ci_lower,hr_ci_upper\n");
        foreach (var c in cox.Coefficients)
        {
            csv.Append(CsvFormat.Line(
            [
                c.Name, CsvFormat.Number(c.Beta), CsvFormat.Number(c.StandardError), CsvFormat.Number(c.Z), CsvFormat.Number(c.PValue),
                CsvFormat.Number(c.HazardRatio), CsvFormat.Number(c.Lower), CsvFormat.Number(c.Upper),
            ])).Append('\n');
        }

        return csv.ToString();
    }

    public static string ToMarkdown(SurvivalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var inv = CultureInfo.InvariantCulture;
        var o = result.Options;
        var md = new StringBuilder();
        md.Append(inv, $"# Survival: `{o.TimeColumn}`, event `{o.EventColumn}`\n\n");
        md.Append(inv, $"Source: `{Path.GetFileName(result.Source)}`; {result.RowsUsed} rows used");
        md.Append(result.RowsLeftOut > 0 ? string.Create(inv, $", {result.RowsLeftOut} left out for a missing time, event or group.\n") : ".\n");
        if (o.ScoreColumn is not null)
        {
            string rule = o.Cut.Rule == "value" ? "the fixed cut" : o.Cut.Rule;
            md.Append(inv, $"Groups: `{o.ScoreColumn}` ≤ {rule} ({CsvFormat.Number(result.ScoreCut)}) = low, > {rule} = high.\n");
        }

        md.Append("\n| Group | n | Events | Median (95% CI) |\n|---|---|---|---|\n");
        foreach (var g in result.Groups)
        {
            md.Append(inv, $"| {g.Name} | {g.Curve.N} | {g.Curve.TotalEvents} | {Time(g.Median)} ({Time(g.MedianLower)}, {Time(g.MedianUpper)}) |\n");
        }

        if (result.LogRank is { } lr)
        {
            md.Append(inv, $"\nLog-rank test: χ² = {TextFormat.Fixed(lr.ChiSquare)}, df = {lr.Df}, {TextFormat.PEquals(lr.PValue)}.\n");
        }

        if (result.Cox is { } cox)
        {
            md.Append(inv, $"\n## Cox proportional hazards (n = {cox.N}, {cox.Events} events");
            md.Append(result.CoxRowsLeftOut > 0 ? string.Create(inv, $"; {result.CoxRowsLeftOut} rows with a missing covariate left out)\n\n") : ")\n\n");
            if (!cox.Converged)
            {
                md.Append("**Warning:** the Cox model did not converge (a covariate may separate events from non-events; its hazard ratio tends to 0 or infinity).\n\n");
            }

            md.Append("| Term | HR (95% CI) | coef | SE | z | p |\n|---|---|---|---|---|---|\n");
            foreach (var c in cox.Coefficients)
            {
                md.Append(inv, $"| {c.Name} | {TextFormat.Fixed(c.HazardRatio)} ({TextFormat.Fixed(c.Lower)}, {TextFormat.Fixed(c.Upper)}) | {TextFormat.Fixed(c.Beta, 4)} | {TextFormat.Fixed(c.StandardError, 4)} | {TextFormat.Fixed(c.Z)} | {TextFormat.PValue(c.PValue)} |\n");
            }

            md.Append(inv, $"\nLikelihood ratio test χ² = {TextFormat.Fixed(cox.LikelihoodRatio.Statistic)} on {cox.LikelihoodRatio.Df} df, {TextFormat.PEquals(cox.LikelihoodRatio.PValue)}; ");
            md.Append(inv, $"Wald χ² = {TextFormat.Fixed(cox.Wald.Statistic)}, {TextFormat.PEquals(cox.Wald.PValue)}; score χ² = {TextFormat.Fixed(cox.Score.Statistic)}, {TextFormat.PEquals(cox.Score.PValue)}.\n");
            if (result.CoxConcordance is { } concordance)
            {
                md.Append(inv, $"Concordance (Harrell's C) = {TextFormat.Fixed(concordance.C, 3)} (SE {TextFormat.Fixed(concordance.StandardError, 3)}, infinitesimal jackknife).\n");
            }
        }

        md.Append("\n## Methods\n\nKaplan-Meier estimates with Greenwood variance and ");
        md.Append(o.ConfidenceInterval == SurvivalConfidenceInterval.Log
            ? "log-transformed 95% confidence intervals (R `survfit` default `conf.type = \"log\"`)"
            : "plain (untransformed) 95% confidence intervals clipped to [0, 1] (R `conf.type = \"plain\"`, as SPSS)");
        md.Append("; medians as R `quantile.survfit`. Log-rank test as R `survdiff`. ");
        md.Append("Cox proportional hazards with Efron's method for ties (R `coxph` default); hazard-ratio CIs exp(β ± 1.96·SE).\n");
        return md.ToString();
    }

    private static string Time(double t) => double.IsNaN(t) ? "NR" : t.ToString("0.##", CultureInfo.InvariantCulture);
}
