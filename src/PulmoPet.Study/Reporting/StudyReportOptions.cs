namespace PulmoPet.Study.Reporting;

/// <summary>
/// Which columns of the cases table (manifest clinical columns plus the per-case lesion totals) drive the report's
/// statistics. A section whose columns are absent is left out. Conventions (docs/study.md): <c>label</c> (group of each
/// case), <c>suv_max</c> (the case's highest lesion SUVmax, the ROC score), <c>followup_time</c> and <c>event</c>
/// (1 = event, 0 = censored) for Kaplan–Meier.
/// </summary>
public sealed record StudyReportOptions
{
    public string LabelColumn { get; init; } = "label";

    public string ScoreColumn { get; init; } = "suv_max";

    /// <summary>The label value counted as positive in the ROC; default: the second of the two labels in sorted order.</summary>
    public string? PositiveLabel { get; init; }

    public string TimeColumn { get; init; } = "followup_time";

    public string EventColumn { get; init; } = "event";
}
