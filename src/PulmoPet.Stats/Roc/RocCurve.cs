namespace PulmoPet.Stats.Roc;

/// <summary>
/// Empirical ROC curve of a score against a binary truth, higher scores meaning "positive" (pROC
/// <c>roc(response, predictor, direction = "&lt;")</c>; scikit-learn <c>roc_curve</c>). A case is called
/// positive when its score is ≥ the threshold; one point per distinct score, from (0, 0) to (1, 1).
/// The AUC is the Mann–Whitney estimate P(score_case &gt; score_control) + ½ P(equal), which equals the
/// trapezoidal area under these points (Hanley &amp; McNeil 1982).
/// </summary>
public sealed class RocCurve
{
    private RocCurve(double[] cases, double[] controls, RocPoint[] points, double auc)
    {
        Cases = cases;
        Controls = controls;
        Points = points;
        Auc = auc;
    }

    /// <summary>Scores of the positive cases, sorted ascending.</summary>
    public IReadOnlyList<double> Cases { get; }

    /// <summary>Scores of the negative cases (controls), sorted ascending.</summary>
    public IReadOnlyList<double> Controls { get; }

    public IReadOnlyList<RocPoint> Points { get; }

    public double Auc { get; }

    public static RocCurve Create(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(positive);
        if (scores.Count != positive.Count)
        {
            throw new ArgumentException("scores and labels must have the same length.");
        }

        var cases = scores.Where((_, i) => positive[i]).OrderBy(s => s).ToArray();
        var controls = scores.Where((_, i) => !positive[i]).OrderBy(s => s).ToArray();
        if (cases.Length == 0 || controls.Length == 0)
        {
            throw new ArgumentException("A ROC curve needs at least one positive and one negative case.");
        }

        var thresholds = scores.Distinct().OrderByDescending(s => s).ToArray();
        var points = new List<RocPoint> { new(double.PositiveInfinity, 0, 0) };
        foreach (double t in thresholds)
        {
            double tpr = (double)CountAtLeast(cases, t) / cases.Length;
            double fpr = (double)CountAtLeast(controls, t) / controls.Length;
            points.Add(new RocPoint(t, fpr, tpr));
        }

        return new RocCurve(cases, controls, points.ToArray(), DeLong.Placements(cases, controls).Auc);
    }

    // Number of values ≥ t in an ascending array.
    internal static int CountAtLeast(double[] sorted, double t) => sorted.Length - LowerBound(sorted, t);

    /// <summary>First index with sorted[i] ≥ t.</summary>
    internal static int LowerBound(double[] sorted, double t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>First index with sorted[i] &gt; t.</summary>
    internal static int UpperBound(double[] sorted, double t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>One operating point: cases with score ≥ <see cref="Threshold"/> are called positive.</summary>
public readonly record struct RocPoint(double Threshold, double FalsePositiveRate, double TruePositiveRate);
