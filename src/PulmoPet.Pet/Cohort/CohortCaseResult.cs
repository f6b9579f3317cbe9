using PulmoPet.Pet.Evaluation;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Pet.Cohort;

/// <summary>One case of a cohort run: its lesions (without voxel lists) and their evaluation against the truth.</summary>
public sealed record CohortCaseResult
{
    public required string CaseId { get; init; }

    public required IReadOnlyList<Lesion> Lesions { get; init; }

    public required CaseEvaluation Evaluation { get; init; }

    /// <summary>Dice of the CT lung mask (both lungs) against the truth lungs; NaN without truth lungs.</summary>
    public required double LungDice { get; init; }

    /// <summary>Per truth lesion id: the highest PET SUV inside it (on the PET grid), to tell FDG-avid lesions from the others.</summary>
    public required IReadOnlyDictionary<int, double> TruthSuvMax { get; init; }

    public double TotalMetabolicTumorVolumeMl => Lesions.Sum(l => l.MetabolicTumorVolumeMl);

    public double TotalLesionGlycolysis => Lesions.Sum(l => l.TotalLesionGlycolysis);
}
