namespace PulmoPet.Stats.Survival;

/// <summary>Settings of <see cref="SurvivalAnalysis"/> (<c>pulmopet stats survival</c>).</summary>
public sealed record SurvivalOptions(string TimeColumn, string EventColumn)
{
    /// <summary>Column with the groups to compare; or null with <see cref="ScoreColumn"/>.</summary>
    public string? GroupColumn { get; init; }

    /// <summary>Numeric score split at <see cref="Cut"/> into "low" (≤ cut) and "high" (&gt; cut).</summary>
    public string? ScoreColumn { get; init; }

    public ScoreCut Cut { get; init; } = ScoreCut.Median;

    /// <summary>Reference group of the Cox model's group terms; null = the first group in sort order.</summary>
    public string? ReferenceGroup { get; init; }

    /// <summary>Further numeric covariates of the Cox model.</summary>
    public IReadOnlyList<string> Covariates { get; init; } = [];

    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Kaplan–Meier CI transformation: log (R default) or plain (SPSS).</summary>
    public SurvivalConfidenceInterval ConfidenceInterval { get; init; } = SurvivalConfidenceInterval.Log;
}
