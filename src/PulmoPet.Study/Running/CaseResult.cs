namespace PulmoPet.Study.Running;

public enum CaseOutcome
{
    /// <summary>At least one step ran and none failed.</summary>
    Done,

    /// <summary>Every requested step was already complete for the current inputs.</summary>
    UpToDate,

    Failed,
}

/// <summary>What one run did with one case.</summary>
public sealed record CaseResult(string CaseId, CaseOutcome Outcome, int StepsRun, int StepsSkipped, CaseError? Error);

/// <summary>What one run did: the cases of its shard in manifest order, and where its log is.</summary>
public sealed record StudyRunSummary(IReadOnlyList<CaseResult> Cases, int ManifestCases, string LogPath)
{
    public int Failed => Cases.Count(c => c.Outcome == CaseOutcome.Failed);

    public int Done => Cases.Count(c => c.Outcome == CaseOutcome.Done);

    public int UpToDate => Cases.Count(c => c.Outcome == CaseOutcome.UpToDate);
}
