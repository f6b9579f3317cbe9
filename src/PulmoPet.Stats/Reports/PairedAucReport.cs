using System.Globalization;
using System.Text;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Roc;

namespace PulmoPet.Stats.Reports;

/// <summary>Paired DeLong comparison of two models' one-vs-rest AUCs on the same cases.</summary>
public sealed record PairedAucComparison(string Class, DeLong.PairedTest Test);

/// <summary>
/// Compares two prediction files case by case (matched on <c>case_id</c>; truths and classes must agree) with
/// the paired DeLong test per class (pROC <c>roc.test(method = "delong", paired = TRUE)</c>). For binary
/// problems only the second (positive) class is tested, its one-vs-rest curve being the only distinct one.
/// </summary>
public static class PairedAucReport
{
    public const string CsvFileName = "delong.csv";
    public const string MarkdownFileName = "delong.md";

    public static IReadOnlyList<PairedAucComparison> Compare(PredictionSet a, PredictionSet b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.Classes.SequenceEqual(b.Classes))
        {
            throw new InvalidInputException(
                $"'{a.Source}' and '{b.Source}' have different classes ({string.Join(", ", a.Classes)} vs {string.Join(", ", b.Classes)}).");
        }

        var indexB = b.CaseIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var order = new int[a.Count];
        for (int i = 0; i < a.Count; i++)
        {
            if (!indexB.TryGetValue(a.CaseIds[i], out order[i]))
            {
                throw new InvalidInputException($"Case '{a.CaseIds[i]}' of '{a.Source}' is not in '{b.Source}'.");
            }

            if (a.Truth[i] != b.Truth[order[i]])
            {
                throw new InvalidInputException(
                    $"Case '{a.CaseIds[i]}' has truth '{a.Classes[a.Truth[i]]}' in '{a.Source}' but '{b.Classes[b.Truth[order[i]]]}' in '{b.Source}'.");
            }
        }

        if (b.Count != a.Count)
        {
            var extra = b.CaseIds.Except(a.CaseIds, StringComparer.Ordinal).First();
            throw new InvalidInputException($"Case '{extra}' of '{b.Source}' is not in '{a.Source}'.");
        }

        var result = new List<PairedAucComparison>();
        int first = a.Classes.Count == 2 ? 1 : 0;
        for (int k = first; k < a.Classes.Count; k++)
        {
            var positive = a.Truth.Select(t => t == k).ToArray();
            if (positive.All(p => p) || !positive.Any(p => p))
            {
                continue;
            }

            var scoresB = order.Select(j => b.Probabilities[k][j]).ToArray();
            result.Add(new PairedAucComparison(a.Classes[k], DeLong.Paired(a.Probabilities[k], scoresB, positive)));
        }

        if (result.Count == 0)
        {
            throw new InvalidInputException($"'{a.Source}' column 'truth' has only one class; ROC analysis needs at least two.");
        }

        return result;
    }

    public static void Write(IReadOnlyList<PairedAucComparison> comparisons, string sourceA, string sourceB, string directory)
    {
        var csv = new StringBuilder("class,auc_a,auc_b,difference,se,z,p_value,ci_lower,ci_upper\n");
        foreach (var c in comparisons)
        {
            var t = c.Test;
            csv.Append(CsvFormat.Line([c.Class, CsvFormat.Number(t.AucA), CsvFormat.Number(t.AucB), CsvFormat.Number(t.Difference),
                CsvFormat.Number(t.StandardError), CsvFormat.Number(t.Z), CsvFormat.Number(t.PValue), CsvFormat.Number(t.Lower), CsvFormat.Number(t.Upper)])).Append('\n');
        }

        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Paired DeLong test\n\nA = `{Path.GetFileName(sourceA)}`, B = `{Path.GetFileName(sourceB)}`.\n\n");
        md.Append("| Class | AUC A | AUC B | Difference (95% CI) | z | p |\n|---|---|---|---|---|---|\n");
        foreach (var c in comparisons)
        {
            var t = c.Test;
            md.Append(CultureInfo.InvariantCulture,
                $"| {c.Class} | {TextFormat.Fixed(t.AucA, 3)} | {TextFormat.Fixed(t.AucB, 3)} | {TextFormat.Fixed(t.Difference, 3)} ({TextFormat.Fixed(t.Lower, 3)}, {TextFormat.Fixed(t.Upper, 3)}) | {TextFormat.Fixed(t.Z)} | {TextFormat.PValue(t.PValue)} |\n");
        }

        md.Append("\nOne-vs-rest ROC per class; two-sided paired DeLong test as pROC `roc.test(roc1, roc2, method = \"delong\", paired = TRUE)`.\n");
        AtomicFile.WriteAllText(Path.Combine(directory, CsvFileName), csv.ToString());
        AtomicFile.WriteAllText(Path.Combine(directory, MarkdownFileName), md.ToString());
    }
}
