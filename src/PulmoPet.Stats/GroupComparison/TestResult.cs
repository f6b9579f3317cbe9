namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Outcome of a hypothesis test. <see cref="Test"/> is one of the names of <see cref="TestNames"/>;
/// <see cref="Statistic"/> and the degrees of freedom are NaN where the test has none (Fisher's exact test).
/// </summary>
public sealed record TestResult(string Test, double Statistic, double PValue, double Df = double.NaN, double Df2 = double.NaN)
{
    /// <summary>Free-text detail, e.g. "exact" or "normal approximation with continuity correction".</summary>
    public string Method { get; init; } = "";
}

/// <summary>The test names used in result tables.</summary>
public static class TestNames
{
    public const string ChiSquare = "chi-square";
    public const string Fisher = "fisher";
    public const string StudentT = "t-test";
    public const string Welch = "welch";
    public const string MannWhitney = "mann-whitney";
    public const string Anova = "anova";
    public const string WelchAnova = "welch-anova";
    public const string KruskalWallis = "kruskal-wallis";
    public const string Levene = "levene";
}
