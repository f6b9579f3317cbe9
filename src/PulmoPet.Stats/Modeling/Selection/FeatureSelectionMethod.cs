namespace PulmoPet.Stats.Modeling.Selection;

/// <summary>Feature selection methods (CLI names: mrmr, lasso, anova, kruskal).</summary>
public enum FeatureSelectionMethod
{
    Mrmr,
    Lasso,
    Anova,
    Kruskal,
}

/// <summary>Runs a selection method on standardised training rows; returns ranked column indices.</summary>
public static class FeatureSelection
{
    public static string Name(this FeatureSelectionMethod method) => method.ToString().ToLowerInvariant();

    public static FeatureSelectionMethod Parse(string name) =>
        Enum.GetValues<FeatureSelectionMethod>().FirstOrDefault(m => m.Name() == name, (FeatureSelectionMethod)(-1)) is var m && Enum.IsDefined(m)
            ? m
            : throw new ArgumentException($"Unknown feature selection method '{name}' (use mrmr, lasso, anova or kruskal).", nameof(name));

    public static int[] Select(
        FeatureSelectionMethod method,
        IReadOnlyList<double[]> rows,
        IReadOnlyList<int> labels,
        IReadOnlyList<string> classes,
        IReadOnlyList<double> weights,
        int count)
    {
        switch (method)
        {
            case FeatureSelectionMethod.Mrmr:
                return MrmrSelector.Select(rows, labels, classes.Count, count);
            case FeatureSelectionMethod.Lasso:
                return LassoSelector.Select(rows, labels, classes, weights, count);
            default:
                var test = method == FeatureSelectionMethod.Anova ? UnivariateTest.Anova : UnivariateTest.KruskalWallis;
                var relevance = UnivariateRelevance.Compute(rows, labels, classes.Count, test);
                return Enumerable.Range(0, relevance.Length).OrderByDescending(j => relevance[j]).ThenBy(j => j).Take(count).ToArray();
        }
    }
}
