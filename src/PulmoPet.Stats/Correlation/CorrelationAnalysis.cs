using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Stats.Correlation;

/// <summary>Spearman and Pearson correlation of one pair of columns (pairwise complete observations).</summary>
public sealed record CorrelationPair(string A, string B, CorrelationResult Spearman, CorrelationResult Pearson);

/// <summary>All pairwise correlations of the chosen numeric columns of a table.</summary>
public static class CorrelationAnalysis
{
    public static IReadOnlyList<CorrelationPair> Run(CsvTable table, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count < 2)
        {
            throw new InvalidInputException("Give at least two columns to correlate.");
        }

        var data = columns.Select(c =>
        {
            int index = table.ColumnIndex(c);
            return Enumerable.Range(0, table.Count).Select(r => table.Number(r, index)).ToArray();
        }).ToArray();

        var pairs = new List<CorrelationPair>();
        for (int i = 0; i < columns.Count; i++)
        {
            for (int j = i + 1; j < columns.Count; j++)
            {
                var x = new List<double>();
                var y = new List<double>();
                for (int r = 0; r < table.Count; r++)
                {
                    if (data[i][r] is { } a && data[j][r] is { } b)
                    {
                        x.Add(a);
                        y.Add(b);
                    }
                }

                if (x.Count < 3)
                {
                    throw new InvalidInputException(
                        $"'{table.Source}' columns '{columns[i]}' and '{columns[j]}' have {x.Count} rows with both values; at least 3 are needed.");
                }

                if (x.Distinct().Count() < 2 || y.Distinct().Count() < 2)
                {
                    string constant = x.Distinct().Count() < 2 ? columns[i] : columns[j];
                    throw new InvalidInputException(
                        $"'{table.Source}' column '{constant}' is constant, so its correlation is undefined.");
                }

                pairs.Add(new CorrelationPair(columns[i], columns[j], SpearmanCorrelation.Test(x, y), PearsonCorrelation.Test(x, y)));
            }
        }

        return pairs;
    }
}
