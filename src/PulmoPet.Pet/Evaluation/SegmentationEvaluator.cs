using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Pet.Evaluation;

/// <summary>
/// Compares predicted lesion instances with truth instances (label maps, 0 = background):
/// <list type="bullet">
/// <item>grid: the prediction is brought to the truth grid by nearest neighbour when the grids differ
/// (a PET-grid prediction against CT-grid truth); they must overlap in space;</item>
/// <item>matching rule: every (truth, predicted) pair that overlaps gets its Dice; pairs are matched one
/// to one greedily by decreasing Dice (ties: lower truth id, then lower predicted id), and only pairs with
/// Dice ≥ <see cref="DefaultMinimumMatchDice"/> count; an unmatched truth lesion is a false negative, an
/// unmatched prediction a false positive;</item>
/// <item>global Dice over all lesion voxels; autoPET false-positive and false-negative volumes
/// (Gatidis et al., autoPET challenge 2022: connected components, 18-connectivity as its cc3d code uses,
/// of the prediction with no truth voxel, and of the truth with no predicted voxel).</item>
/// </list>
/// </summary>
public static class SegmentationEvaluator
{
    /// <summary>A pair must overlap with at least this Dice to count as a detection.</summary>
    public const double DefaultMinimumMatchDice = 0.1;

    public static CaseEvaluation Evaluate(string caseId, Volume predicted, Volume truth, double minimumMatchDice = DefaultMinimumMatchDice)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        var truthLabels = ToLabels(truth);
        var predLabels = ToLabels(predicted);
        if (!predicted.Geometry.IsSameGrid(truth.Geometry))
        {
            Internal.GridOverlap.Ensure(truth.Geometry, "truth", predicted.Geometry, "prediction");
            predLabels = Resampler.Resample(predLabels, truth.Geometry, Interpolation.Nearest, 0);
        }

        var t = truthLabels.Voxels;
        var p = predLabels.Voxels;
        var truthCounts = new Dictionary<int, long>();
        var predCounts = new Dictionary<int, long>();
        var overlaps = new Dictionary<(int, int), long>();
        long truthAll = 0, predAll = 0, bothAll = 0;
        for (int i = 0; i < t.Length; i++)
        {
            int a = t[i], b = p[i];
            if (a != 0)
            {
                truthCounts[a] = truthCounts.GetValueOrDefault(a) + 1;
                truthAll++;
            }

            if (b != 0)
            {
                predCounts[b] = predCounts.GetValueOrDefault(b) + 1;
                predAll++;
            }

            if (a != 0 && b != 0)
            {
                overlaps[(a, b)] = overlaps.GetValueOrDefault((a, b)) + 1;
                bothAll++;
            }
        }

        var pairs = overlaps
            .Select(kv => (Truth: kv.Key.Item1, Pred: kv.Key.Item2, Dice: 2.0 * kv.Value / (truthCounts[kv.Key.Item1] + predCounts[kv.Key.Item2])))
            .Where(x => x.Dice >= minimumMatchDice)
            .OrderByDescending(x => x.Dice).ThenBy(x => x.Truth).ThenBy(x => x.Pred)
            .ToList();
        var truthMatch = new Dictionary<int, (int Pred, double Dice)>();
        var predMatched = new HashSet<int>();
        foreach (var (truthId, predId, dice) in pairs)
        {
            if (!truthMatch.ContainsKey(truthId) && !predMatched.Contains(predId))
            {
                truthMatch[truthId] = (predId, dice);
                predMatched.Add(predId);
            }
        }

        double voxelMl = truth.Geometry.VoxelVolumeMl;
        var rows = new List<LesionMatch>();
        foreach (int truthId in truthCounts.Keys.Order())
        {
            double volume = truthCounts[truthId] * voxelMl;
            var match = truthMatch.GetValueOrDefault(truthId);
            rows.Add(new LesionMatch
            {
                CaseId = caseId,
                TruthId = truthId,
                PredictedId = match.Pred,
                TruthVolumeMl = volume,
                PredictedVolumeMl = match.Pred != 0 ? predCounts[match.Pred] * voxelMl : 0,
                TruthEquivalentDiameterMm = EquivalentDiameterMm(volume),
                Dice = match.Dice,
            });
        }

        foreach (int predId in predCounts.Keys.Order().Where(id => !predMatched.Contains(id)))
        {
            rows.Add(new LesionMatch
            {
                CaseId = caseId,
                TruthId = 0,
                PredictedId = predId,
                TruthVolumeMl = 0,
                PredictedVolumeMl = predCounts[predId] * voxelMl,
                TruthEquivalentDiameterMm = double.NaN,
                Dice = 0,
            });
        }

        return new CaseEvaluation
        {
            CaseId = caseId,
            Lesions = rows,
            GlobalDice = truthAll + predAll == 0 ? 1.0 : 2.0 * bothAll / (truthAll + predAll),
            FalsePositiveVolumeMl = UnmatchedComponentVolume(p, t, truth.Geometry) * voxelMl,
            FalseNegativeVolumeMl = UnmatchedComponentVolume(t, p, truth.Geometry) * voxelMl,
        };
    }

    /// <summary>Diameter (mm) of the sphere of volume <paramref name="volumeMl"/>.</summary>
    public static double EquivalentDiameterMm(double volumeMl) => Math.Cbrt(6 * volumeMl * 1000 / Math.PI);

    /// <summary>Voxels of the 18-connected components of <paramref name="a"/> &gt; 0 that contain no voxel of <paramref name="b"/> &gt; 0.</summary>
    private static long UnmatchedComponentVolume(int[] a, int[] b, ImageGeometry geometry)
    {
        var mask = new Volume<byte>(geometry);
        for (int i = 0; i < a.Length; i++)
        {
            mask.Voxels[i] = a[i] != 0 ? (byte)1 : (byte)0;
        }

        var components = ConnectedComponents.Label(mask, Connectivity.Edges18);
        var touched = new bool[components.Count + 1];
        var labels = components.Labels.Voxels;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != 0 && b[i] != 0)
            {
                touched[labels[i]] = true;
            }
        }

        return components.Components.Where(c => !touched[c.Label]).Sum(c => c.VoxelCount);
    }

    private static Volume<int> ToLabels(Volume volume)
    {
        var result = new Volume<int>(volume.Geometry);
        for (int i = 0; i < result.Voxels.Length; i++)
        {
            double value = volume.GetValue(i);
            if (value < 0 || value != Math.Floor(value) || value > int.MaxValue)
            {
                throw new InvalidInputException(FormattableString.Invariant(
                    $"A lesion label map holds {value} at {volume.Geometry.IndexOf(i)}, but labels must be whole numbers ≥ 0."));
            }

            result.Voxels[i] = (int)value;
        }

        return result;
    }
}
