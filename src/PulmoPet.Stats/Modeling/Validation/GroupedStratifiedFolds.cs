namespace PulmoPet.Stats.Modeling.Validation;

/// <summary>
/// K folds that keep every patient's lesions together and the class mix of the folds as even as possible, by
/// scikit-learn's <c>StratifiedGroupKFold(shuffle = True)</c> greedy: patients in a seeded random order, stably sorted
/// by decreasing spread of their class counts, each put in the fold that minimises the mean over classes of the
/// standard deviation across folds of the fold's share of that class (ties: the fold with fewer lesions, then the first).
/// Folds left empty (fewer patients than folds) are dropped and the rest renumbered, so every id 0…K′−1 is used.
/// </summary>
public static class GroupedStratifiedFolds
{
    /// <summary>Fold id (0-based) of each row.</summary>
    public static int[] Assign(IReadOnlyList<int> labels, IReadOnlyList<string> groups, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(groups);
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), "Cross-validation needs at least 2 folds.");
        }

        int classes = labels.Max() + 1;
        var groupNames = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var groupIndex = groupNames.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        var groupCounts = groupNames.Select(_ => new double[classes]).ToArray();
        for (int i = 0; i < labels.Count; i++) groupCounts[groupIndex[groups[i]]][labels[i]]++;
        var classTotals = new double[classes];
        foreach (int y in labels) classTotals[y]++;

        var order = Enumerable.Range(0, groupNames.Length).ToArray();
        new Random(seed).Shuffle(order);
        order = order.OrderByDescending(g => PopulationSd(groupCounts[g])).ToArray();

        var foldCounts = Enumerable.Range(0, folds).Select(_ => new double[classes]).ToArray();
        var groupFold = new int[groupNames.Length];
        foreach (int g in order)
        {
            int best = -1;
            double bestEval = double.PositiveInfinity, bestSize = double.PositiveInfinity;
            for (int f = 0; f < folds; f++)
            {
                for (int c = 0; c < classes; c++) foldCounts[f][c] += groupCounts[g][c];
                double eval = 0;
                for (int c = 0; c < classes; c++)
                {
                    if (classTotals[c] > 0)
                    {
                        eval += PopulationSd(foldCounts.Select(fc => fc[c] / classTotals[c]).ToArray());
                    }
                }

                eval /= classes;
                for (int c = 0; c < classes; c++) foldCounts[f][c] -= groupCounts[g][c];
                double size = foldCounts[f].Sum();
                if (eval < bestEval || (Close(eval, bestEval) && size < bestSize))
                {
                    best = f;
                    bestEval = eval;
                    bestSize = size;
                }
            }

            groupFold[g] = best;
            for (int c = 0; c < classes; c++) foldCounts[best][c] += groupCounts[g][c];
        }

        var used = groupFold.Distinct().Order().ToArray();
        var renumber = used.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i);
        return groups.Select(g => renumber[groupFold[groupIndex[g]]]).ToArray();
    }

    private static bool Close(double a, double b) => double.IsFinite(b) && Math.Abs(a - b) <= 1e-8 + 1e-5 * Math.Abs(b);

    private static double PopulationSd(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }
}
