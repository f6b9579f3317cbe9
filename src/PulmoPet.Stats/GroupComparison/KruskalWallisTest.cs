using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Kruskal–Wallis rank-sum test with tie correction (R: <c>kruskal.test</c>; SPSS NPTESTS / K independent
/// samples): H = [12/(N(N+1)) Σ R_i²/n_i − 3(N+1)] / [1 − Σ(t³−t)/(N³−N)], referred to χ²(k−1).
/// </summary>
public static class KruskalWallisTest
{
    public static TestResult Compute(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2 || groups.Any(g => g.Count == 0))
        {
            throw new ArgumentException("The Kruskal-Wallis test needs at least two non-empty groups.", nameof(groups));
        }

        var all = groups.SelectMany(g => g).ToArray();
        double n = all.Length;
        var ranks = Ranks.Of(all);
        double sum = 0;
        int offset = 0;
        foreach (var group in groups)
        {
            double rankSum = 0;
            for (int i = 0; i < group.Count; i++)
            {
                rankSum += ranks.Values[offset + i];
            }

            sum += rankSum * rankSum / group.Count;
            offset += group.Count;
        }

        double h = (12.0 / (n * (n + 1)) * sum - 3 * (n + 1)) / (1 - ranks.TieCubeSum / (n * n * n - n));
        int df = groups.Count - 1;
        return new TestResult(TestNames.KruskalWallis, h, Tails.ChiSquareUpper(h, df), df) { Method = "tie-corrected" };
    }
}
