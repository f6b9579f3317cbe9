using PulmoPet.Stats.GroupComparison;

namespace PulmoPet.Stats.Modeling.Selection;

/// <summary>Which univariate statistic ranks a feature's relevance to the class.</summary>
public enum UnivariateTest
{
    /// <summary>One-way ANOVA F (scikit-learn <c>f_classif</c>, R <c>oneway.test(var.equal = TRUE)</c>).</summary>
    Anova,

    /// <summary>Kruskal–Wallis H with tie correction (R <c>kruskal.test</c>): rank-based, robust to outliers.</summary>
    KruskalWallis,
}

/// <summary>Per-feature relevance to a K-class label: the test statistic of each column (larger = more relevant).</summary>
public static class UnivariateRelevance
{
    public static double[] Compute(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels, int classCount, UnivariateTest test)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        int p = rows.Count == 0 ? 0 : rows[0].Length;
        var scores = new double[p];
        for (int j = 0; j < p; j++)
        {
            var groups = Enumerable.Range(0, classCount)
                .Select(k => (IReadOnlyList<double>)Enumerable.Range(0, rows.Count).Where(i => labels[i] == k).Select(i => rows[i][j]).ToArray())
                .Where(g => g.Count > 0)
                .ToArray();
            scores[j] = Statistic(groups, test);
        }

        return scores;
    }

    private static double Statistic(IReadOnlyList<IReadOnlyList<double>> groups, UnivariateTest test)
    {
        var all = groups.SelectMany(g => g).ToArray();
        if (groups.Count < 2 || all.Max() == all.Min())
        {
            return 0;
        }

        double statistic = test == UnivariateTest.Anova ? OneWayAnova.Compute(groups).Statistic : KruskalWallisTest.Compute(groups).Statistic;

        // A feature constant within every class separates them perfectly (F = ∞); keep it first, not undefined.
        return double.IsNaN(statistic) ? double.PositiveInfinity : statistic;
    }
}
