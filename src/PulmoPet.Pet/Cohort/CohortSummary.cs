using PulmoPet.Pet.Evaluation;

namespace PulmoPet.Pet.Cohort;

/// <summary>Detection and delineation figures of one size band (or of all lesions).</summary>
public sealed record BandSummary(string Band, int TruthCount, int DetectedCount, double MeanDice, double MedianDice)
{
    public double DetectionRate => TruthCount == 0 ? double.NaN : (double)DetectedCount / TruthCount;
}

/// <summary>Cohort-level figures of a <see cref="CohortLesionAnalysis"/> run.</summary>
public sealed record CohortLesionSummary
{
    public required int CaseCount { get; init; }

    public required int TruthLesionCount { get; init; }

    public required int PredictedLesionCount { get; init; }

    public required double MeanLungDice { get; init; }

    public required double MinimumLungDice { get; init; }

    /// <summary>All truth lesions.</summary>
    public required BandSummary All { get; init; }

    /// <summary>Truth lesions with equivalent diameter ≥ 10 mm.</summary>
    public required BandSummary AtLeast10Mm { get; init; }

    /// <summary>Truth lesions ≥ 10 mm whose PET SUVmax reaches the detection threshold (FDG-avid).</summary>
    public required BandSummary AvidAtLeast10Mm { get; init; }

    /// <summary>Detection rate and MTV Dice of matched lesions per size band.</summary>
    public required IReadOnlyList<BandSummary> Bands { get; init; }

    public required double FalsePositivesPerPatient { get; init; }

    public required double MeanGlobalDice { get; init; }

    public required double TotalFalsePositiveVolumeMl { get; init; }

    public required double TotalFalseNegativeVolumeMl { get; init; }

    internal static BandSummary Band(string name, IEnumerable<LesionMatch> truthLesions)
    {
        var list = truthLesions.ToList();
        var dice = list.Where(l => l.IsDetected).Select(l => l.Dice).Order().ToArray();
        double median = dice.Length == 0 ? double.NaN
            : dice.Length % 2 == 1 ? dice[dice.Length / 2] : (dice[dice.Length / 2 - 1] + dice[dice.Length / 2]) / 2;
        return new BandSummary(name, list.Count, list.Count(l => l.IsDetected), dice.Length == 0 ? double.NaN : dice.Average(), median);
    }
}

/// <summary>Every case of a cohort run and the cohort figures.</summary>
public sealed record CohortLesionResult(IReadOnlyList<CohortCaseResult> Cases, CohortLesionSummary Summary);
