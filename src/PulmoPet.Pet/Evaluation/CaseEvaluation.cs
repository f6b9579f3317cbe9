namespace PulmoPet.Pet.Evaluation;

/// <summary>Detection and overlap of one case's predicted lesions against its truth lesions.</summary>
public sealed record CaseEvaluation
{
    public required string CaseId { get; init; }

    /// <summary>Truth lesions (matched or not), then false positives.</summary>
    public required IReadOnlyList<LesionMatch> Lesions { get; init; }

    public int TruthCount => Lesions.Count(l => l.TruthId != 0);

    public int PredictedCount => Lesions.Count(l => l.PredictedId != 0);

    public int DetectedCount => Lesions.Count(l => l.IsDetected);

    public int FalsePositiveCount => Lesions.Count(l => l.IsFalsePositive);

    /// <summary>Detected / truth lesions; NaN without truth lesions.</summary>
    public double DetectionRate => TruthCount == 0 ? double.NaN : (double)DetectedCount / TruthCount;

    /// <summary>Dice of all predicted lesion voxels against all truth lesion voxels (1 when both are empty).</summary>
    public required double GlobalDice { get; init; }

    /// <summary>autoPET false-positive volume (ml): predicted connected components (18-connected) touching no truth voxel.</summary>
    public required double FalsePositiveVolumeMl { get; init; }

    /// <summary>autoPET false-negative volume (ml): truth connected components (18-connected) touching no predicted voxel.</summary>
    public required double FalseNegativeVolumeMl { get; init; }
}
