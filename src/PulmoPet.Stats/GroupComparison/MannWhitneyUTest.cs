using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Wilcoxon–Mann–Whitney rank-sum test, two-sided, following R's <c>wilcox.test(x, y)</c>:
/// statistic W = Σ ranks(x) − n₁(n₁+1)/2 (= Mann–Whitney U of the first group).
/// Exact when both groups have fewer than 50 values and there are no ties: p = min(1, 2·P(W' ≤ W)) or
/// min(1, 2·P(W' ≥ W)) for W above n₁n₂/2, with the null distribution of W counted exactly.
/// Otherwise the normal approximation z = (W − n₁n₂/2 − ½·sign) / σ with the tie-corrected
/// σ² = n₁n₂/12 · [(N+1) − Σ(t³−t)/(N(N−1))] and continuity correction (R's <c>correct = TRUE</c>).
/// SPSS reports the asymptotic p without continuity correction; its "Exact Sig." matches the exact case.
/// </summary>
public static class MannWhitneyUTest
{
    /// <summary>R's <c>exact = NULL</c> rule: exact if both n &lt; 50 (and no ties).</summary>
    public const int ExactSampleSizeLimit = 50;

    public static TestResult Compute(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count == 0 || y.Count == 0)
        {
            throw new ArgumentException("Each group needs at least one observation.");
        }

        int n1 = x.Count, n2 = y.Count;
        var ranks = Ranks.Of(x.Concat(y).ToArray());
        double w = 0;
        for (int i = 0; i < n1; i++)
        {
            w += ranks.Values[i];
        }

        w -= n1 * (n1 + 1) / 2.0;

        if (n1 < ExactSampleSizeLimit && n2 < ExactSampleSizeLimit && !ranks.HasTies)
        {
            var distribution = WilcoxonRankSumDistribution.Counts(n1, n2);
            double p = w > n1 * n2 / 2.0
                ? WilcoxonRankSumDistribution.UpperTail(distribution, (int)Math.Round(w))
                : WilcoxonRankSumDistribution.LowerTail(distribution, (int)Math.Round(w));
            return new TestResult(TestNames.MannWhitney, w, Math.Min(1.0, 2 * p)) { Method = "exact" };
        }

        double n = n1 + n2;
        double z = w - n1 * (double)n2 / 2;
        double sigma = Math.Sqrt(n1 * (double)n2 / 12 * ((n + 1) - ranks.TieCubeSum / (n * (n - 1))));
        double correction = Math.Sign(z) * 0.5;
        z = (z - correction) / sigma;
        return new TestResult(TestNames.MannWhitney, w, Tails.NormalTwoSided(z))
        {
            Method = "normal approximation with tie and continuity correction",
        };
    }
}

/// <summary>
/// Exact null distribution of the rank-sum statistic W (R's <c>dwilcox</c>): the number of ways to choose
/// n₁ of the ranks 1..n₁+n₂ whose sum is W + n₁(n₁+1)/2, by dynamic programming over the ranks.
/// </summary>
internal static class WilcoxonRankSumDistribution
{
    /// <summary>Counts[w] for w = 0 … n₁n₂ (as doubles: the totals reach C(98, 49) ≈ 2.5·10²⁸).</summary>
    public static double[] Counts(int n1, int n2)
    {
        int n = n1 + n2;
        int maxU = n1 * n2;

        // ways[j][u]: subsets of size j of the ranks seen so far with Σ rank − j(j+1)/2 = u.
        // Adding rank r as the j-th element raises u by r − j, so u stays in 0..n₁n₂.
        var ways = new double[n1 + 1][];
        for (int j = 0; j <= n1; j++)
        {
            ways[j] = new double[maxU + 1];
        }

        ways[0][0] = 1;
        for (int r = 1; r <= n; r++)
        {
            for (int j = Math.Min(r, n1); j >= 1; j--)
            {
                int shift = r - j;
                if (shift < 0 || shift > n2)
                {
                    continue;
                }

                var target = ways[j];
                var source = ways[j - 1];
                for (int u = maxU; u >= shift; u--)
                {
                    target[u] += source[u - shift];
                }
            }
        }

        return ways[n1];
    }

    public static double LowerTail(double[] counts, int w)
    {
        double total = counts.Sum();
        double below = 0;
        for (int u = 0; u <= Math.Min(w, counts.Length - 1); u++)
        {
            below += counts[u];
        }

        return below / total;
    }

    public static double UpperTail(double[] counts, int w)
    {
        double total = counts.Sum();
        double above = 0;
        for (int u = Math.Max(w, 0); u < counts.Length; u++)
        {
            above += counts[u];
        }

        return above / total;
    }
}
