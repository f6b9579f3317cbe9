namespace PulmoPet.Deep.Bone;

/// <summary>One true lesion after matching: found or not, its Dice, its origin and the matched instance's lung-origin probability.</summary>
public sealed record MatchedBoneLesion(string CaseId, int LesionId, bool Detected, double Dice, bool LungOrigin, double LungOriginProbability);

/// <summary>The matching of one case: its true lesions and the predicted instances that touch no true lesion.</summary>
public sealed record BoneCaseMatch(string CaseId, IReadOnlyList<MatchedBoneLesion> Lesions, int PredictedInstances, int FalsePositives);

/// <summary>Per-lesion detection metrics over a cohort.</summary>
/// <param name="Lesions">True lesions.</param>
/// <param name="Detected">True lesions detected.</param>
/// <param name="Sensitivity">Detected true lesions / true lesions.</param>
/// <param name="NegativeCases">Patients without bone lesions.</param>
/// <param name="TrueNegativeCases">Of those, patients without any predicted instance.</param>
/// <param name="Specificity">Patients without bone lesions and without any predicted instance / patients without bone lesions.</param>
/// <param name="MeanDice">Mean Dice of the detected lesions.</param>
/// <param name="FalsePositivesPerCase">Predicted instances touching no true lesion, per case.</param>
public sealed record BoneDetectionSummary(int Lesions, int Detected, double Sensitivity, int NegativeCases, int TrueNegativeCases, double Specificity, double MeanDice, double FalsePositivesPerCase);

/// <summary>
/// Matches predicted instances to true bone lesions by overlap: a true lesion is detected when a predicted
/// instance shares a voxel with it; its Dice is against the union of the instances that overlap it, and its
/// origin probability is that of the instance overlapping it most. Instances overlapping no lesion are false
/// positives. Specificity is per patient, among patients without bone lesions.
/// </summary>
public static class BoneLesionMatching
{
    public static BoneCaseMatch Match(string caseId, ReadOnlySpan<byte> truth, ReadOnlySpan<int> predicted, IReadOnlyDictionary<int, bool> lungOrigin, IReadOnlyDictionary<int, double> lungProbability)
    {
        ArgumentNullException.ThrowIfNull(lungOrigin);
        ArgumentNullException.ThrowIfNull(lungProbability);
        if (truth.Length != predicted.Length)
        {
            throw new ArgumentException("Truth and prediction must have the same number of voxels.");
        }

        var overlap = new Dictionary<(int Truth, int Predicted), long>();
        var truthSize = new Dictionary<int, long>();
        var predictedSize = new Dictionary<int, long>();
        for (int i = 0; i < truth.Length; i++)
        {
            int t = truth[i], p = predicted[i];
            if (t != 0)
            {
                truthSize[t] = truthSize.GetValueOrDefault(t) + 1;
            }

            if (p != 0)
            {
                predictedSize[p] = predictedSize.GetValueOrDefault(p) + 1;
            }

            if (t != 0 && p != 0)
            {
                overlap[(t, p)] = overlap.GetValueOrDefault((t, p)) + 1;
            }
        }

        var lesions = new List<MatchedBoneLesion>();
        foreach (int t in truthSize.Keys.Order())
        {
            var touching = overlap.Where(o => o.Key.Truth == t).ToList();
            bool lung = lungOrigin.GetValueOrDefault(t);
            if (touching.Count == 0)
            {
                lesions.Add(new MatchedBoneLesion(caseId, t, false, 0, lung, double.NaN));
                continue;
            }

            long intersection = touching.Sum(o => o.Value);
            long union = touching.Sum(o => predictedSize[o.Key.Predicted]);
            int best = touching.OrderByDescending(o => o.Value).ThenBy(o => o.Key.Predicted).First().Key.Predicted;
            lesions.Add(new MatchedBoneLesion(caseId, t, true, 2.0 * intersection / (truthSize[t] + union), lung, lungProbability.GetValueOrDefault(best, double.NaN)));
        }

        int falsePositives = predictedSize.Keys.Count(p => !overlap.Keys.Any(o => o.Predicted == p));
        return new BoneCaseMatch(caseId, lesions, predictedSize.Count, falsePositives);
    }

    public static BoneDetectionSummary Summarise(IReadOnlyList<BoneCaseMatch> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var lesions = cases.SelectMany(c => c.Lesions).ToList();
        int detected = lesions.Count(l => l.Detected);
        var negatives = cases.Where(c => c.Lesions.Count == 0).ToList();
        int trueNegatives = negatives.Count(c => c.PredictedInstances == 0);
        var dice = lesions.Where(l => l.Detected).Select(l => l.Dice).ToList();
        return new BoneDetectionSummary(
            lesions.Count, detected, lesions.Count == 0 ? double.NaN : (double)detected / lesions.Count,
            negatives.Count, trueNegatives, negatives.Count == 0 ? double.NaN : (double)trueNegatives / negatives.Count,
            dice.Count == 0 ? double.NaN : dice.Average(),
            cases.Count == 0 ? double.NaN : (double)cases.Sum(c => c.FalsePositives) / cases.Count);
    }
}
