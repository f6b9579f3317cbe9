using System.Text;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Stats.Modeling.Validation;

/// <summary>
/// Predictions in the format <c>pulmopet evaluate</c> reads (<see cref="PredictionSet"/>): <c>case_id,truth,predicted</c>
/// and one <c>prob_&lt;class&gt;</c> column per class in the model's class order; truth is empty for unlabelled lesions.
/// Further columns (fold, centre) may follow.
/// </summary>
public static class PredictionTable
{
    public sealed record Row(string Id, string? Truth, double[] Probabilities, IReadOnlyList<string>? Extra = null);

    public static string ToCsv(IReadOnlyList<string> classes, IEnumerable<Row> rows, IReadOnlyList<string>? extraColumns = null)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append(CsvFormat.Line(new[] { "case_id", "truth", "predicted" }
            .Concat(classes.Select(c => PredictionSet.ProbabilityPrefix + c))
            .Concat(extraColumns ?? []))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(CsvFormat.Line(new[] { row.Id, row.Truth ?? "", classes[Models.ClassifierKinds.ArgMax(row.Probabilities)] }
                .Concat(row.Probabilities.Select(CsvFormat.Number))
                .Concat(row.Extra ?? []))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The rows as a <see cref="PredictionSet"/> (all rows must have a truth).</summary>
    public static PredictionSet ToPredictionSet(IReadOnlyList<string> classes, IEnumerable<Row> rows, string source) =>
        PredictionSet.FromTable(CsvTable.Parse(ToCsv(classes, rows.Select(r => r with { Extra = null })), source));

    /// <summary>Writes the CSV to a temporary file and renames it.</summary>
    public static void Write(string path, IReadOnlyList<string> classes, IEnumerable<Row> rows, IReadOnlyList<string>? extraColumns = null)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temporary = full + ".tmp";
        File.WriteAllText(temporary, ToCsv(classes, rows, extraColumns), new UTF8Encoding(false));
        File.Move(temporary, full, overwrite: true);
    }
}
