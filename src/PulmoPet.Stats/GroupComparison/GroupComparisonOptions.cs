namespace PulmoPet.Stats.GroupComparison;

/// <summary>Settings of <see cref="GroupComparisonAnalysis"/>, with the defaults of <c>pulmopet stats compare</c>.</summary>
public sealed record GroupComparisonOptions(string GroupColumn)
{
    /// <summary>Total n below which categorical variables use Fisher's exact test.</summary>
    public const int DefaultFisherTotalBelow = 40;

    /// <summary>Cochran's (1954) rule: Fisher when more than this fraction of cells has expected count &lt; 5.</summary>
    public const double DefaultFisherSmallExpectedFraction = 0.2;

    public const double DefaultAlpha = 0.05;

    /// <summary>Numeric columns with more distinct values than this are inferred continuous.</summary>
    public const int DefaultMaximumCategoricalLevels = 5;

    public IReadOnlyList<string> Categorical { get; init; } = [];

    public IReadOnlyList<string> Continuous { get; init; } = [];

    public ContinuousTestFamily ContinuousTests { get; init; } = ContinuousTestFamily.Parametric;

    public LeveneCenter LeveneCenter { get; init; } = LeveneTest.DefaultCenter;

    /// <summary>Significance level of Levene's test that switches Student's t to Welch's.</summary>
    public double Alpha { get; init; } = DefaultAlpha;
}
