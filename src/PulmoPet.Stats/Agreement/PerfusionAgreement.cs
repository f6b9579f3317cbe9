using PulmoPet.Stats.Correlation;

namespace PulmoPet.Stats.Agreement;

/// <summary>The agreement of a predicted perfusion image with the truth in one case.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Spearman">Voxel-wise Spearman ρ inside the lungs.</param>
/// <param name="DiceHighFunction">Dice of the high-function lung (above the split quantile of each image's own lung values).</param>
/// <param name="DiceLowFunction">Dice of the low-function lung (at or below it).</param>
/// <param name="LobeMeanPredicted">Mean predicted perfusion of lobes 1–5 (index 0 unused; NaN where a lobe is absent).</param>
/// <param name="LobeMeanTrue">Mean true perfusion of lobes 1–5.</param>
public sealed record PerfusionCaseMetrics(string CaseId, double Spearman, double DiceHighFunction, double DiceLowFunction, double[] LobeMeanPredicted, double[] LobeMeanTrue);

/// <summary>
/// The metrics of CT-to-perfusion studies: voxel-wise Spearman correlation inside the lungs; Dice of the high-
/// and low-function lung, each image split at its own lung median (or another quantile) as in functional
/// avoidance planning; and, across patients, the Pearson correlation of each lobe's mean perfusion.
/// </summary>
public static class PerfusionAgreement
{
    public const double DefaultSplitQuantile = 0.5;

    public static double Spearman(float[] predicted, float[] truth, byte[] lungs)
    {
        (double[] p, double[] t) = Inside(predicted, truth, lungs);
        return p.Length < 3 ? double.NaN : SpearmanCorrelation.Test(p, t).Estimate;
    }

    public static PerfusionCaseMetrics Evaluate(string caseId, float[] predicted, float[] truth, byte[] lungs, byte[] lobes, double splitQuantile = DefaultSplitQuantile)
    {
        ArgumentNullException.ThrowIfNull(lobes);
        if (splitQuantile is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(splitQuantile), "The split quantile must lie in (0, 1).");
        }

        (double[] p, double[] t) = Inside(predicted, truth, lungs);
        double spearman = p.Length < 3 ? double.NaN : SpearmanCorrelation.Test(p, t).Estimate;
        double pSplit = Quantile(p, splitQuantile), tSplit = Quantile(t, splitQuantile);
        int highBoth = 0, highP = 0, highT = 0, lowBoth = 0;
        for (int i = 0; i < p.Length; i++)
        {
            bool ph = p[i] > pSplit, th = t[i] > tSplit;
            highP += ph ? 1 : 0;
            highT += th ? 1 : 0;
            highBoth += ph && th ? 1 : 0;
            lowBoth += !ph && !th ? 1 : 0;
        }

        double diceHigh = highP + highT == 0 ? double.NaN : 2.0 * highBoth / (highP + highT);
        int lowP = p.Length - highP, lowT = p.Length - highT;
        double diceLow = lowP + lowT == 0 ? double.NaN : 2.0 * lowBoth / (lowP + lowT);
        var sumP = new double[6];
        var sumT = new double[6];
        var count = new int[6];
        for (int i = 0; i < lungs.Length; i++)
        {
            if (lungs[i] != 0 && lobes[i] is >= 1 and <= 5)
            {
                sumP[lobes[i]] += predicted[i];
                sumT[lobes[i]] += truth[i];
                count[lobes[i]]++;
            }
        }

        double[] meanP = Enumerable.Range(0, 6).Select(l => l > 0 && count[l] > 0 ? sumP[l] / count[l] : double.NaN).ToArray();
        double[] meanT = Enumerable.Range(0, 6).Select(l => l > 0 && count[l] > 0 ? sumT[l] / count[l] : double.NaN).ToArray();
        return new PerfusionCaseMetrics(caseId, spearman, diceHigh, diceLow, meanP, meanT);
    }

    /// <summary>Per lobe 1–5, the Pearson correlation across cases of predicted and true mean lobe perfusion (NaN with fewer than 3 cases).</summary>
    public static double[] LobeCorrelations(IReadOnlyList<PerfusionCaseMetrics> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var result = new double[6];
        result[0] = double.NaN;
        for (int lobe = 1; lobe <= 5; lobe++)
        {
            var pairs = cases.Where(c => !double.IsNaN(c.LobeMeanPredicted[lobe]) && !double.IsNaN(c.LobeMeanTrue[lobe])).ToList();
            result[lobe] = pairs.Count < 3 ? double.NaN : PearsonCorrelation.Coefficient(
                pairs.Select(c => c.LobeMeanPredicted[lobe]).ToArray(), pairs.Select(c => c.LobeMeanTrue[lobe]).ToArray());
        }

        return result;
    }

    /// <summary>The q-quantile of <paramref name="values"/> with linear interpolation between order statistics (R type 7, NumPy's default).</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        double[] sorted = values.Order().ToArray();
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static (double[] Predicted, double[] Truth) Inside(float[] predicted, float[] truth, byte[] lungs)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(lungs);
        if (predicted.Length != truth.Length || truth.Length != lungs.Length)
        {
            throw new ArgumentException("Predicted, true perfusion and lung mask must have the same number of voxels.");
        }

        var p = new List<double>();
        var t = new List<double>();
        for (int i = 0; i < lungs.Length; i++)
        {
            if (lungs[i] != 0)
            {
                p.Add(predicted[i]);
                t.Add(truth[i]);
            }
        }

        return (p.ToArray(), t.ToArray());
    }
}
