using PulmoPet.Stats.Descriptive;

namespace PulmoPet.Stats.Modeling.Preprocessing;

/// <summary>One feature dropped as redundant: its partner, kept, and their Spearman correlation on the training rows.</summary>
public sealed record CorrelatedFeature(string Removed, string KeptPartner, double Rho);

/// <summary>
/// Removes one of each pair of features whose |Spearman ρ| on the training rows exceeds <see cref="Threshold"/>
/// (0.9 by default, the usual radiomics redundancy cut), keeping the more relevant one. Pairs are visited from the
/// most to the least correlated; a pair is skipped when one of its features has already gone, so a chain a~b~c keeps
/// as much as it can. ρ is the Pearson correlation of mid-ranks (R <c>cor(method = "spearman")</c>, ties averaged).
/// </summary>
public sealed record CorrelationFilter
{
    public const double DefaultThreshold = 0.9;

    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>Columns to keep (ascending) and the removed ones with the reason.</summary>
    /// <param name="rows">Training rows without missing values (imputed).</param>
    /// <param name="names">Column names.</param>
    /// <param name="relevance">Relevance of each column; on ties the earlier column is kept.</param>
    public (int[] Keep, CorrelatedFeature[] Removed) Apply(IReadOnlyList<double[]> rows, IReadOnlyList<string> names, IReadOnlyList<double> relevance)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(relevance);
        int p = names.Count;
        var rho = SpearmanMatrix(rows, p);
        var pairs = new List<(int A, int B, double Rho)>();
        for (int a = 0; a < p; a++)
        {
            for (int b = a + 1; b < p; b++)
            {
                if (Math.Abs(rho[a][b]) > Threshold)
                {
                    pairs.Add((a, b, rho[a][b]));
                }
            }
        }

        var kept = Enumerable.Repeat(true, p).ToArray();
        var removed = new List<CorrelatedFeature>();
        foreach (var (a, b, r) in pairs.OrderByDescending(x => Math.Abs(x.Rho)).ThenBy(x => x.A).ThenBy(x => x.B))
        {
            if (!kept[a] || !kept[b])
            {
                continue;
            }

            (int drop, int keep) = relevance[b] > relevance[a] ? (a, b) : (b, a);
            kept[drop] = false;
            removed.Add(new CorrelatedFeature(names[drop], names[keep], r));
        }

        return (Enumerable.Range(0, p).Where(j => kept[j]).ToArray(), removed.ToArray());
    }

    /// <summary>Spearman correlation matrix of the columns (0 for a constant column).</summary>
    public static double[][] SpearmanMatrix(IReadOnlyList<double[]> rows, int p)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int n = rows.Count;
        var centred = new double[p][];
        for (int j = 0; j < p; j++)
        {
            var ranks = Ranks.Of(rows.Select(r => r[j]).ToArray()).Values;
            double mean = ranks.Average();
            double norm = Math.Sqrt(ranks.Sum(v => (v - mean) * (v - mean)));
            centred[j] = ranks.Select(v => norm > 0 ? (v - mean) / norm : 0).ToArray();
        }

        var matrix = new double[p][];
        for (int a = 0; a < p; a++)
        {
            matrix[a] = new double[p];
        }

        Parallel.For(0, p, a =>
        {
            for (int b = a; b < p; b++)
            {
                double dot = 0;
                var x = centred[a];
                var y = centred[b];
                for (int i = 0; i < n; i++)
                {
                    dot += x[i] * y[i];
                }

                matrix[a][b] = dot;
                matrix[b][a] = dot;
            }
        });
        return matrix;
    }
}
