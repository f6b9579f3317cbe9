namespace PulmoPet.Pet.Evaluation;

/// <summary>
/// One row of a lesion-level evaluation: a truth lesion with its matched prediction, an unmatched truth
/// lesion (false negative, <see cref="PredictedId"/> 0) or an unmatched prediction (false positive,
/// <see cref="TruthId"/> 0). Volumes in ml on the truth grid.
/// </summary>
public sealed record LesionMatch
{
    public required string CaseId { get; init; }

    public required int TruthId { get; init; }

    public required int PredictedId { get; init; }

    public required double TruthVolumeMl { get; init; }

    public required double PredictedVolumeMl { get; init; }

    /// <summary>Volume-equivalent sphere diameter of the truth lesion, (6V/π)^(1/3) (mm); NaN for a false positive.</summary>
    public required double TruthEquivalentDiameterMm { get; init; }

    /// <summary>Dice of the matched pair, 0 when unmatched.</summary>
    public required double Dice { get; init; }

    public bool IsDetected => TruthId != 0 && PredictedId != 0;

    public bool IsFalsePositive => TruthId == 0;

    /// <summary>Predicted − truth volume (ml) of a matched pair; NaN otherwise.</summary>
    public double VolumeErrorMl => IsDetected ? PredictedVolumeMl - TruthVolumeMl : double.NaN;

    /// <summary>(predicted − truth) / truth of a matched pair; NaN otherwise.</summary>
    public double RelativeVolumeError => IsDetected ? (PredictedVolumeMl - TruthVolumeMl) / TruthVolumeMl : double.NaN;
}
