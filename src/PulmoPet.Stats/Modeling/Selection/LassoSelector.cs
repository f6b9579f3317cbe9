using PulmoPet.Stats.Regression;

namespace PulmoPet.Stats.Modeling.Selection;

/// <summary>
/// Selection by the multinomial lasso path with the grouped penalty (glmnet <c>type.multinomial = "grouped"</c>, so a
/// feature enters for all classes at once): walking the path from λ_max down, features are ranked by the λ at which
/// they first enter; the selection is the features of the last path point with at most <c>count</c> of them, topped
/// up in entry order from the next point when it jumps past the count (ties within one step by larger coefficient norm).
/// </summary>
public static class LassoSelector
{
    public static int[] Select(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels, IReadOnlyList<string> classes, IReadOnlyList<double> weights, int count)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var path = ElasticNetMultinomial.Path(rows, labels, classes, alpha: 1, weights: weights, penalty: MultinomialPenalty.Grouped);
        var order = new List<int>();
        foreach (var fit in path.Fits)
        {
            var entering = fit.NonZeroFeatures().Where(j => !order.Contains(j))
                .OrderByDescending(j => Math.Sqrt(fit.Coefficients.Sum(c => c[j] * c[j])))
                .ThenBy(j => j);
            order.AddRange(entering);
            if (order.Count >= count) break;
        }

        if (order.Count < count)
        {
            // The path stopped early (saturated deviance): rank the rest by the univariate F.
            var relevance = UnivariateRelevance.Compute(rows, labels, classes.Count, UnivariateTest.Anova);
            order.AddRange(Enumerable.Range(0, rows[0].Length).Where(j => !order.Contains(j)).OrderByDescending(j => relevance[j]).ThenBy(j => j));
        }

        return order.Take(count).ToArray();
    }
}
