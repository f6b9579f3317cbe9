using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Stats.Classification;

/// <summary>
/// Predictions of a classifier: a CSV with <c>case_id,truth,predicted</c> and one <c>prob_&lt;class&gt;</c> column
/// per class (the class order is the order of those columns). Binary and multi-class alike.
/// </summary>
public sealed class PredictionSet
{
    public const string ProbabilityPrefix = "prob_";

    private PredictionSet(string source, string[] classes, string[] caseIds, int[] truth, int[] predicted, double[][] probabilities)
    {
        Source = source;
        Classes = classes;
        CaseIds = caseIds;
        Truth = truth;
        Predicted = predicted;
        Probabilities = probabilities;
    }

    public string Source { get; }

    public IReadOnlyList<string> Classes { get; }

    public IReadOnlyList<string> CaseIds { get; }

    /// <summary>Index into <see cref="Classes"/> of the true class of each case.</summary>
    public IReadOnlyList<int> Truth { get; }

    public IReadOnlyList<int> Predicted { get; }

    /// <summary>Probabilities[k][i]: score of class k for case i.</summary>
    public IReadOnlyList<double[]> Probabilities { get; }

    public int Count => CaseIds.Count;

    public static PredictionSet Load(string path) => FromTable(CsvTable.Load(path));

    public static PredictionSet FromTable(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int idColumn = table.ColumnIndex("case_id");
        int truthColumn = table.ColumnIndex("truth");
        int predictedColumn = table.ColumnIndex("predicted");
        var probabilityColumns = Enumerable.Range(0, table.Header.Count)
            .Where(c => table.Header[c].StartsWith(ProbabilityPrefix, StringComparison.Ordinal))
            .ToArray();
        if (probabilityColumns.Length < 2)
        {
            throw new InvalidInputException(
                $"'{table.Source}' needs one '{ProbabilityPrefix}<class>' column per class (at least two); row 1 has {probabilityColumns.Length}.");
        }

        var classes = probabilityColumns.Select(c => table.Header[c][ProbabilityPrefix.Length..]).ToArray();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        int n = table.Count;
        var ids = new string[n];
        var truth = new int[n];
        var predicted = new int[n];
        var probabilities = classes.Select(_ => new double[n]).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < n; r++)
        {
            ids[r] = table.Cell(r, idColumn);
            if (ids[r].Length == 0)
            {
                throw new InvalidInputException($"'{table.Source}' row {table.RowNumbers[r]}, column 'case_id' is empty.");
            }

            if (!seen.TryAdd(ids[r], table.RowNumbers[r]))
            {
                throw new InvalidInputException(
                    $"'{table.Source}' row {table.RowNumbers[r]}, column 'case_id': '{ids[r]}' already appears in row {seen[ids[r]]}.");
            }

            truth[r] = Label(table, r, truthColumn, classIndex);
            predicted[r] = Label(table, r, predictedColumn, classIndex);
            for (int k = 0; k < classes.Length; k++)
            {
                probabilities[k][r] = table.Number(r, probabilityColumns[k])
                    ?? throw new InvalidInputException(
                        $"'{table.Source}' row {table.RowNumbers[r]}, column '{table.Header[probabilityColumns[k]]}' is missing.");
            }
        }

        return new PredictionSet(table.Source, classes, ids, truth, predicted, probabilities);
    }

    private static int Label(CsvTable table, int row, int column, Dictionary<string, int> classIndex)
    {
        string value = table.Cell(row, column);
        if (!classIndex.TryGetValue(value, out int index))
        {
            throw new InvalidInputException(
                $"'{table.Source}' row {table.RowNumbers[row]}, column '{table.Header[column]}': '{value}' is not one of the classes of the '{ProbabilityPrefix}' columns ({string.Join(", ", classIndex.Keys)}).");
        }

        return index;
    }
}
