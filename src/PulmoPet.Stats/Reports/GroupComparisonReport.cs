using System.Globalization;
using System.Text;
using PulmoPet.Imaging.Io;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.GroupComparison;

namespace PulmoPet.Stats.Reports;

/// <summary>
/// Writes a <see cref="GroupComparisonResult"/> as <c>comparison.csv</c> (one row per variable, full precision)
/// and <c>comparison.md</c> (a "Table 1" with n per group, n (%) or mean ± SD and median [IQR], test and p).
/// </summary>
public static class GroupComparisonReport
{
    public const string CsvFileName = "comparison.csv";
    public const string MarkdownFileName = "comparison.md";

    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "variable", "type", "test", "statistic", "df", "df2", "p_value", "method", "reason", "n", "missing",
        "levene_center", "levene_statistic", "levene_df", "levene_df2", "levene_p_value",
        "student_t", "student_df", "student_p_value", "welch_t", "welch_df", "welch_p_value",
        "alternative_test", "alternative_statistic", "alternative_df", "alternative_p_value",
    ];

    public static void Write(GroupComparisonResult result, string directory)
    {
        AtomicFile.WriteAllText(Path.Combine(directory, CsvFileName), ToCsv(result));
        AtomicFile.WriteAllText(Path.Combine(directory, MarkdownFileName), ToMarkdown(result));
    }

    public static string ToCsv(GroupComparisonResult result)
    {
        var text = new StringBuilder();
        text.Append(CsvFormat.Line(CsvColumns)).Append('\n');
        foreach (var v in result.Variables)
        {
            var p = v.Primary;
            var a = v.Alternative;
            string[] fields =
            [
                v.Variable,
                v.Type == VariableType.Continuous ? "continuous" : "categorical",
                p?.Test ?? "",
                CsvFormat.Number(p?.Statistic ?? double.NaN),
                CsvFormat.Number(p?.Df ?? double.NaN),
                CsvFormat.Number(p?.Df2 ?? double.NaN),
                CsvFormat.Number(p?.PValue ?? double.NaN),
                p?.Method ?? "",
                v.Reason,
                v.N.Sum().ToString(CultureInfo.InvariantCulture),
                v.Missing.ToString(CultureInfo.InvariantCulture),
                v.Levene is null ? "" : result.Options.LeveneCenter == LeveneCenter.Median ? "median" : "mean",
                CsvFormat.Number(v.Levene?.Statistic ?? double.NaN),
                CsvFormat.Number(v.Levene?.Df ?? double.NaN),
                CsvFormat.Number(v.Levene?.Df2 ?? double.NaN),
                CsvFormat.Number(v.Levene?.PValue ?? double.NaN),
                CsvFormat.Number(v.Student?.Statistic ?? double.NaN),
                CsvFormat.Number(v.Student?.Df ?? double.NaN),
                CsvFormat.Number(v.Student?.PValue ?? double.NaN),
                CsvFormat.Number(v.Welch?.Statistic ?? double.NaN),
                CsvFormat.Number(v.Welch?.Df ?? double.NaN),
                CsvFormat.Number(v.Welch?.PValue ?? double.NaN),
                a?.Test ?? "",
                CsvFormat.Number(a?.Statistic ?? double.NaN),
                CsvFormat.Number(a?.Df ?? double.NaN),
                CsvFormat.Number(a?.PValue ?? double.NaN),
            ];
            text.Append(CsvFormat.Line(fields)).Append('\n');
        }

        return text.ToString();
    }

    public static string ToMarkdown(GroupComparisonResult result)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.Append(inv, $"# Comparison by `{result.GroupColumn}`\n\n");
        md.Append(inv, $"Source: `{Path.GetFileName(result.Source)}`; {result.GroupSizes.Sum()} rows in {result.Groups.Count} groups");
        md.Append(result.RowsWithoutGroup > 0 ? string.Create(inv, $" ({result.RowsWithoutGroup} rows without a group left out).\n\n") : ".\n\n");

        md.Append("| Variable | Type |");
        for (int g = 0; g < result.Groups.Count; g++)
        {
            md.Append(inv, $" {Escape(result.Groups[g])} (n = {result.GroupSizes[g]}) |");
        }

        md.Append(" Test | Statistic | df | p |\n|---|---|");
        md.Append(string.Concat(Enumerable.Repeat("---|", result.Groups.Count)));
        md.Append("---|---|---|---|\n");

        foreach (var v in result.Variables)
        {
            var p = v.Primary;
            string test = p is null ? "—" : p.Test;
            string stat = p is null ? "—" : TextFormat.Fixed(p.Statistic);
            string df = p is null ? "—" : TextFormat.Df(p.Df, p.Df2);
            string pv = p is null ? "—" : TextFormat.PValue(p.PValue);
            if (v.Type == VariableType.Continuous)
            {
                md.Append(inv, $"| {Escape(v.Variable)} | continuous |");
                foreach (var s in v.ContinuousSummaries)
                {
                    md.Append(inv, $" {TextFormat.Fixed(s.Mean)} ± {TextFormat.Fixed(s.StandardDeviation)}<br>{TextFormat.Fixed(s.Median)} [{TextFormat.Fixed(s.Q1)}, {TextFormat.Fixed(s.Q3)}] |");
                }

                md.Append(inv, $" {test} | {stat} | {df} | {pv} |\n");
                if (v.Alternative is { } a)
                {
                    md.Append(inv, $"| ↳ {Escape(v.Variable)} |  |");
                    md.Append(string.Concat(v.N.Select(n => string.Create(inv, $" n = {n} |"))));
                    md.Append(inv, $" {a.Test} | {TextFormat.Fixed(a.Statistic)} | {TextFormat.Df(a.Df, a.Df2)} | {TextFormat.PValue(a.PValue)} |\n");
                }

                continue;
            }

            md.Append(inv, $"| {Escape(v.Variable)} | categorical |");
            md.Append(string.Concat(v.N.Select(n => string.Create(inv, $" n = {n} |"))));
            md.Append(inv, $" {test} | {stat} | {df} | {pv} |\n");
            for (int l = 0; l < v.Levels.Count; l++)
            {
                md.Append(inv, $"| &nbsp;&nbsp;{Escape(v.Levels[l])} |  |");
                for (int g = 0; g < result.Groups.Count; g++)
                {
                    md.Append(inv, $" {v.Counts[l, g]} ({TextFormat.Percent(v.Counts[l, g], v.N[g])}%) |");
                }

                md.Append("  |  |  |  |\n");
            }
        }

        md.Append("\nContinuous: mean ± SD, then median [Q1, Q3] (R quantile type 7). Categorical: n (% of the group's non-missing values).\n\n");
        md.Append("## Methods\n\n");
        md.Append("- Categorical variables: Pearson chi-square without continuity correction (SPSS \"Pearson Chi-Square\", R `chisq.test(correct = FALSE)`); ");
        md.Append("Fisher's exact test (Freeman-Halton for tables larger than 2 × 2, two-sided, as R `fisher.test`) when the total n is below 40 or more than 20% of the cells have an expected count below 5.\n");
        string center = result.Options.LeveneCenter == LeveneCenter.Median
            ? "median-centred (Brown-Forsythe; R `car::leveneTest` default; SPSS centres on the mean)"
            : "mean-centred (as SPSS)";
        md.Append(inv, $"- Two groups: Levene's test {center}; Student's t-test when it does not reject at α = {result.Options.Alpha}, otherwise Welch's t-test (both in comparison.csv). ");
        md.Append("Mann-Whitney U (R `wilcox.test`): exact when both groups have fewer than 50 values and there are no ties, otherwise normal approximation with tie and continuity correction.\n");
        md.Append("- Three or more groups: one-way ANOVA and Kruskal-Wallis (tie-corrected, R `kruskal.test`).\n");
        md.Append(result.Options.ContinuousTests == ContinuousTestFamily.Parametric
            ? "- The first row of a continuous variable is the parametric test; the ↳ row the rank-based test.\n"
            : "- The first row of a continuous variable is the rank-based test; the ↳ row the parametric test.\n");

        var notes = result.Variables.Where(v => v.Reason.Length > 0).ToList();
        if (notes.Count > 0)
        {
            md.Append("\n## Test choice per variable\n\n");
            foreach (var v in notes)
            {
                md.Append(inv, $"- {Escape(v.Variable)}: {v.Reason}");
                md.Append(v.Missing > 0 ? string.Create(inv, $"; {v.Missing} missing") : "");
                md.Append('\n');
            }
        }

        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
