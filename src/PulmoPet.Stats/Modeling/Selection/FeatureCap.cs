namespace PulmoPet.Stats.Modeling.Selection;

/// <summary>
/// The hard limit on the number of selected features: ⌊<see cref="Fraction"/> × training lesions⌋ (one feature per ten
/// training lesions, the rule of thumb against overfitting in radiomics; Zwanenburg et al. 2020, Radiology 295:328).
/// A requested count above the cap is lowered to the cap, never the other way round.
/// </summary>
public static class FeatureCap
{
    public const double Fraction = 0.10;

    /// <summary>⌊0.10 × trainingLesions⌋, computed in integers so 10·k lesions give exactly k.</summary>
    public static int Maximum(int trainingLesions) => trainingLesions / 10;

    /// <summary>The number of features to select: the request (all candidates when null) limited by the cap and the candidates.</summary>
    public static int Allowed(int trainingLesions, int candidates, int? requested)
    {
        int cap = Maximum(trainingLesions);
        if (cap < 1)
        {
            throw new ArgumentException(
                $"{trainingLesions} training lesions allow no feature under the 10% cap (at least 10 are needed).", nameof(trainingLesions));
        }

        if (requested is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(requested), "The requested number of features must be at least 1.");
        }

        return Math.Min(Math.Min(requested ?? cap, cap), candidates);
    }
}

/// <summary>What a selector did on one training set; <see cref="Selected"/> in rank order.</summary>
public sealed record SelectionReport(
    string Method,
    int TrainingLesions,
    int Cap,
    int? Requested,
    int CandidateCount,
    IReadOnlyList<string> Selected)
{
    public bool WithinCap => Selected.Count <= Cap;
}
