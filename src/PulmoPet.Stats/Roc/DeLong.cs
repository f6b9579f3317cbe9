using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.Roc;

/// <summary>
/// DeLong, DeLong &amp; Clarke-Pearson (1988), Biometrics 44:837, as implemented by pROC 1.18
/// (<c>ci.auc(method = "delong")</c>, <c>var(roc)</c>, <c>roc.test(method = "delong", paired = TRUE)</c>):
/// placements V10(Xᵢ) = mean_j ψ(Xᵢ, Yⱼ) for the m cases and V01(Yⱼ) = mean_i ψ(Xᵢ, Yⱼ) for the n controls,
/// ψ = 1, ½, 0 for X &gt; Y, X = Y, X &lt; Y; θ = AUC = mean V10; S10, S01 their sample variances (m − 1,
/// n − 1); Var(θ) = S10/m + S01/n. The CI is θ ± z·√Var clipped to [0, 1] as pROC does.
/// </summary>
public static class DeLong
{
    /// <summary>Placements of the cases (X, in input order) and of the controls (Y, in input order).</summary>
    public sealed record PlacementValues(double[] CasePlacements, double[] ControlPlacements, double Auc);

    /// <summary>AUC with its DeLong variance and confidence interval.</summary>
    public sealed record AucEstimate(double Auc, double Variance, double Lower, double Upper, int Cases, int Controls)
    {
        public double StandardError => Math.Sqrt(Variance);
    }

    /// <summary>Result of the paired test of two correlated AUCs (same cases).</summary>
    public sealed record PairedTest(double AucA, double AucB, double Difference, double StandardError, double Z, double PValue, double Lower, double Upper);

    /// <summary>Placements from score arrays (in any order).</summary>
    public static PlacementValues Placements(IReadOnlyList<double> cases, IReadOnlyList<double> controls)
    {
        var sortedCases = cases.OrderBy(v => v).ToArray();
        var sortedControls = controls.OrderBy(v => v).ToArray();
        int m = cases.Count, n = controls.Count;

        // ψ summed over the other sample by binary search: #(below) + ½ #(equal).
        var x = new double[m];
        for (int i = 0; i < m; i++)
        {
            double v = cases[i];
            int below = RocCurve.LowerBound(sortedControls, v);
            int equal = RocCurve.UpperBound(sortedControls, v) - below;
            x[i] = (below + 0.5 * equal) / n;
        }

        var y = new double[n];
        for (int j = 0; j < n; j++)
        {
            double v = controls[j];
            int atOrBelow = RocCurve.UpperBound(sortedCases, v);
            int below = RocCurve.LowerBound(sortedCases, v);
            int above = m - atOrBelow;
            y[j] = (above + 0.5 * (atOrBelow - below)) / m;
        }

        return new PlacementValues(x, y, x.Average());
    }

    public static AucEstimate Estimate(IReadOnlyList<double> scores, IReadOnlyList<bool> positive, double confidenceLevel = 0.95)
    {
        var (cases, controls) = Split(scores, positive);
        var p = Placements(cases, controls);
        int m = cases.Length, n = controls.Length;
        double variance = m > 1 && n > 1 ? Covariance(p.CasePlacements, p.CasePlacements) / m + Covariance(p.ControlPlacements, p.ControlPlacements) / n : double.NaN;
        double z = Tails.NormalQuantile(1 - (1 - confidenceLevel) / 2);
        double half = z * Math.Sqrt(variance);
        return new AucEstimate(p.Auc, variance, Math.Max(0, p.Auc - half), Math.Min(1, p.Auc + half), m, n);
    }

    /// <summary>
    /// Paired DeLong test of two scores on the same cases (pROC <c>roc.test(roc1, roc2, method = "delong")</c>):
    /// z = (θ_A − θ_B)/√(L S Lᵀ) with L = (1, −1) and S = S10/m + S01/n the 2 × 2 covariance matrix; two-sided p.
    /// The CI of the difference is d ± z_{0.975} σ (pROC ≥ 1.17 reports it as <c>conf.int</c>).
    /// </summary>
    public static PairedTest Paired(IReadOnlyList<double> scoresA, IReadOnlyList<double> scoresB, IReadOnlyList<bool> positive, double confidenceLevel = 0.95)
    {
        if (scoresA.Count != scoresB.Count)
        {
            throw new ArgumentException("Paired scores must describe the same cases.");
        }

        var (casesA, controlsA) = Split(scoresA, positive);
        var (casesB, controlsB) = Split(scoresB, positive);
        var a = Placements(casesA, controlsA);
        var b = Placements(casesB, controlsB);
        int m = casesA.Length, n = controlsA.Length;
        double varA = Covariance(a.CasePlacements, a.CasePlacements) / m + Covariance(a.ControlPlacements, a.ControlPlacements) / n;
        double varB = Covariance(b.CasePlacements, b.CasePlacements) / m + Covariance(b.ControlPlacements, b.ControlPlacements) / n;
        double cov = Covariance(a.CasePlacements, b.CasePlacements) / m + Covariance(a.ControlPlacements, b.ControlPlacements) / n;
        double d = a.Auc - b.Auc;
        double sigma = Math.Sqrt(Math.Max(0, varA + varB - 2 * cov));
        double zScore = d == 0 && sigma == 0 ? 0 : d / sigma;
        double zq = Tails.NormalQuantile(1 - (1 - confidenceLevel) / 2);
        return new PairedTest(a.Auc, b.Auc, d, sigma, zScore, Tails.NormalTwoSided(zScore), d - zq * sigma, d + zq * sigma);
    }

    private static (double[] Cases, double[] Controls) Split(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        if (scores.Count != positive.Count)
        {
            throw new ArgumentException("scores and labels must have the same length.");
        }

        var cases = scores.Where((_, i) => positive[i]).ToArray();
        var controls = scores.Where((_, i) => !positive[i]).ToArray();
        if (cases.Length == 0 || controls.Length == 0)
        {
            throw new ArgumentException("At least one positive and one negative case are required.");
        }

        return (cases, controls);
    }

    // Sample covariance with denominator k − 1 (pairs in the same case order).
    private static double Covariance(double[] u, double[] v)
    {
        int k = u.Length;
        if (k < 2)
        {
            return double.NaN;
        }

        double mu = u.Average(), mv = v.Average(), sum = 0;
        for (int i = 0; i < k; i++)
        {
            sum += (u[i] - mu) * (v[i] - mv);
        }

        return sum / (k - 1);
    }
}
