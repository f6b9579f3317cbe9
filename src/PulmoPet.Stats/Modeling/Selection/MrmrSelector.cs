namespace PulmoPet.Stats.Modeling.Selection;

/// <summary>
/// Minimum-redundancy maximum-relevance selection, the FCQ variant for continuous features (Ding &amp; Peng 2005,
/// J Bioinform Comput Biol 3:185; as the <c>mrmr_selection</c> package's <c>mrmr_classif</c>): the first feature has
/// the largest ANOVA F; each next one maximises F(f) / mean over the selected s of |Pearson r(f, s)|
/// (the mean floored at 10⁻⁶ so an uncorrelated feature is not divided by zero). Ties go to the earlier column.
/// </summary>
public static class MrmrSelector
{
    private const double RedundancyFloor = 1e-6;

    /// <summary>Ranked column indices, <paramref name="count"/> of them.</summary>
    public static int[] Select(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels, int classCount, int count)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int p = rows[0].Length;
        var relevance = UnivariateRelevance.Compute(rows, labels, classCount, UnivariateTest.Anova);
        var columns = Enumerable.Range(0, p).Select(j => Standardized(rows, j)).ToArray();
        var redundancySum = new double[p];
        var selected = new List<int>();
        var available = Enumerable.Repeat(true, p).ToArray();
        while (selected.Count < Math.Min(count, p))
        {
            int best = -1;
            double bestScore = double.NegativeInfinity;
            for (int j = 0; j < p; j++)
            {
                if (!available[j]) continue;
                double score = selected.Count == 0
                    ? relevance[j]
                    : relevance[j] / Math.Max(redundancySum[j] / selected.Count, RedundancyFloor);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = j;
                }
            }

            selected.Add(best);
            available[best] = false;
            for (int j = 0; j < p; j++)
            {
                if (available[j])
                {
                    redundancySum[j] += Math.Abs(Dot(columns[j], columns[best]));
                }
            }
        }

        return selected.ToArray();
    }

    private static double[] Standardized(IReadOnlyList<double[]> rows, int j)
    {
        var x = rows.Select(r => r[j]).ToArray();
        double mean = x.Average();
        double norm = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)));
        return x.Select(v => norm > 0 ? (v - mean) / norm : 0).ToArray();
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
