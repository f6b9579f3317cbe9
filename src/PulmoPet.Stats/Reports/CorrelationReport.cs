using System.Globalization;
using System.Text;
using PulmoPet.Imaging.Io;
using PulmoPet.Stats.Correlation;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Stats.Reports;

/// <summary>Writes <c>correlation.csv</c> (one row per pair, full precision) and <c>correlation.md</c>.</summary>
public static class CorrelationReport
{
    public const string CsvFileName = "correlation.csv";
    public const string MarkdownFileName = "correlation.md";

    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "variable_a", "variable_b", "n", "spearman_rho", "spearman_s", "spearman_p_value", "spearman_p_method",
        "pearson_r", "pearson_t", "pearson_df", "pearson_p_value", "pearson_ci_lower", "pearson_ci_upper",
    ];

    public static void Write(IReadOnlyList<CorrelationPair> pairs, string directory)
    {
        AtomicFile.WriteAllText(Path.Combine(directory, CsvFileName), ToCsv(pairs));
        AtomicFile.WriteAllText(Path.Combine(directory, MarkdownFileName), ToMarkdown(pairs));
    }

    public static string ToCsv(IReadOnlyList<CorrelationPair> pairs)
    {
        var text = new StringBuilder(CsvFormat.Line(CsvColumns)).Append('\n');
        foreach (var p in pairs)
        {
            text.Append(CsvFormat.Line(
            [
                p.A, p.B, p.Spearman.N.ToString(CultureInfo.InvariantCulture),
                CsvFormat.Number(p.Spearman.Estimate), CsvFormat.Number(p.Spearman.Statistic), CsvFormat.Number(p.Spearman.PValue),
                p.Spearman.PValueMethod,
                CsvFormat.Number(p.Pearson.Estimate), CsvFormat.Number(p.Pearson.Statistic),
                (p.Pearson.N - 2).ToString(CultureInfo.InvariantCulture), CsvFormat.Number(p.Pearson.PValue),
                CsvFormat.Number(p.Pearson.ConfidenceLower), CsvFormat.Number(p.Pearson.ConfidenceUpper),
            ])).Append('\n');
        }

        return text.ToString();
    }

    public static string ToMarkdown(IReadOnlyList<CorrelationPair> pairs)
    {
        var md = new StringBuilder("# Correlations\n\n| A | B | n | Spearman ρ | p | Pearson r (95% CI) | p |\n|---|---|---|---|---|---|---|\n");
        foreach (var p in pairs)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {p.A} | {p.B} | {p.Spearman.N} | {TextFormat.Fixed(p.Spearman.Estimate, 3)} | {TextFormat.PValue(p.Spearman.PValue)} | {TextFormat.Fixed(p.Pearson.Estimate, 3)} ({TextFormat.Fixed(p.Pearson.ConfidenceLower, 3)}, {TextFormat.Fixed(p.Pearson.ConfidenceUpper, 3)}) | {TextFormat.PValue(p.Pearson.PValue)} |\n");
        }

        md.Append("\nPairwise complete observations. Spearman p-values as R `cor.test(method = \"spearman\")`: exact permutation ")
          .Append("distribution for n ≤ 9 without ties, Edgeworth series (AS 89) for 10 ≤ n ≤ 1290 without ties, otherwise the ")
          .Append("t approximation on n − 2 df. Pearson: t test on n − 2 df, CI by Fisher's z.\n");
        return md.ToString();
    }
}
