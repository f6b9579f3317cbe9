namespace PulmoPet.Stats.GroupComparison;

public enum VariableType
{
    Categorical,
    Continuous,
}

/// <summary>Which family of tests gives the primary <c>test</c>/<c>p_value</c> of a continuous variable.</summary>
public enum ContinuousTestFamily
{
    /// <summary>Student/Welch t-test (two groups) or one-way ANOVA; rank tests are reported alongside.</summary>
    Parametric,

    /// <summary>Mann–Whitney U (two groups) or Kruskal–Wallis; t-tests/ANOVA are reported alongside.</summary>
    Nonparametric,
}
