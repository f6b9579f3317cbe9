namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// The comparison of one variable across the groups: the primary test (the <c>test</c>/<c>p_value</c> of the
/// output), the alternative family, Levene's test, both t-tests or both one-way ANOVAs where they apply, and the summaries.
/// </summary>
public sealed record VariableComparison(string Variable, VariableType Type, TestResult? Primary)
{
    /// <summary>Why the primary test was chosen (e.g. "total n 32 &lt; 40").</summary>
    public string Reason { get; init; } = "";

    public TestResult? Alternative { get; init; }

    public TestResult? Levene { get; init; }

    public TestResult? Student { get; init; }

    public TestResult? Welch { get; init; }

    public TestResult? Anova { get; init; }

    /// <summary>Null where a group is constant (Welch's weights are then undefined).</summary>
    public TestResult? WelchAnova { get; init; }

    /// <summary>Per group (in <see cref="GroupComparisonResult.Groups"/> order); continuous variables only.</summary>
    public IReadOnlyList<ContinuousSummary> ContinuousSummaries { get; init; } = [];

    /// <summary>Levels of a categorical variable.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>Counts[level, group] of a categorical variable.</summary>
    public int[,] Counts { get; init; } = new int[0, 0];

    /// <summary>Non-missing values per group.</summary>
    public IReadOnlyList<int> N { get; init; } = [];

    /// <summary>Rows where the variable is missing (among rows with a group).</summary>
    public int Missing { get; init; }
}

/// <summary>The result of <see cref="GroupComparisonAnalysis.Run"/>.</summary>
public sealed record GroupComparisonResult(
    string Source,
    string GroupColumn,
    IReadOnlyList<string> Groups,
    IReadOnlyList<int> GroupSizes,
    IReadOnlyList<VariableComparison> Variables,
    GroupComparisonOptions Options)
{
    /// <summary>Rows left out because the group is missing.</summary>
    public int RowsWithoutGroup { get; init; }
}
