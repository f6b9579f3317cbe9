using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.Correlation;

/// <summary>
/// Spearman's rank correlation as R's <c>cor.test(x, y, method = "spearman")</c> (R ≥ 4.0 defaults):
/// ρ = Pearson correlation of the mid-ranks; S = (n³ − n)(1 − ρ)/6; two-sided p = min(1, 2·p_tail) with the
/// tail on the side of S relative to its mean (n³ − n)/6.
/// <list type="bullet">
/// <item>No ties and n ≤ 9: exact, counting all n! permutations (R's prho.c, n_small = 9).</item>
/// <item>No ties and 10 ≤ n ≤ 1290: Edgeworth series of Best &amp; Roberts (1975), algorithm AS 89,
/// with R's argument convention (S rounded, plus 2 for the lower tail). Note: like R, the series is clamped
/// to [0, 1] and can return p = 0 for very strong correlations.</item>
/// <item>Ties or n &gt; 1290: t approximation t = ρ √((n−2)/(1−ρ²)) on n − 2 df.</item>
/// </list>
/// </summary>
public static class SpearmanCorrelation
{
    public const int ExactLimit = 9;
    public const int EdgeworthLimit = 1290;

    public static CorrelationResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        PearsonCorrelation.RequirePaired(x, y, 2);
        int n = x.Count;
        var rx = Ranks.Of(x);
        var ry = Ranks.Of(y);
        double rho = PearsonCorrelation.Coefficient(rx.Values, ry.Values);
        double nn = n;
        double s = (nn * nn * nn - nn) * (1 - rho) / 6;
        bool ties = rx.HasTies || ry.HasTies;

        if (ties || n > EdgeworthLimit)
        {
            double t = rho / Math.Sqrt((1 - rho * rho) / (n - 2));
            return new CorrelationResult("spearman", rho, s, n > 2 ? Tails.StudentTTwoSided(t, n - 2) : double.NaN, n)
            {
                PValueMethod = "t approximation",
            };
        }

        bool upper = s > (nn * nn * nn - nn) / 6;
        double rounded = Math.Round(s, MidpointRounding.ToEven);
        double p = upper ? Tail(n, rounded, lowerTail: false) : Tail(n, rounded + 2, lowerTail: true);
        return new CorrelationResult("spearman", rho, s, Math.Min(1.0, 2 * p), n)
        {
            PValueMethod = n <= ExactLimit ? "exact" : "Edgeworth series (AS 89)",
        };
    }

    /// <summary>
    /// P(S ≥ threshold), or P(S &lt; threshold) for the lower tail, of S = Σ dᵢ² under random permutation
    /// (AS 89's contract).
    /// </summary>
    internal static double Tail(int n, double threshold, bool lowerTail)
    {
        double p = lowerTail ? 0.0 : 1.0;
        if (n <= 1 || threshold <= 0)
        {
            return p;
        }

        double max = n * ((double)n * n - 1) / 3; // largest S, the reversed order
        if (threshold > max)
        {
            return 1 - p;
        }

        if (n <= ExactLimit)
        {
            long atLeast = CountPermutationsWithSumAtLeast(n, threshold, out long total);
            return (lowerTail ? total - atLeast : atLeast) / (double)total;
        }

        // AS 89 Edgeworth series; coefficients from Best & Roberts (1975), Appl. Statist. 24(3):377.
        const double C1 = 0.2274, C2 = 0.2531, C3 = 0.1745, C4 = 0.0758, C5 = 0.1033, C6 = 0.3932,
            C7 = 0.0879, C8 = 0.0151, C9 = 0.0072, C10 = 0.0831, C11 = 0.0131, C12 = 4.6e-4;
        double m = n;
        double b = 1 / m;
        double x = (6 * (threshold - 1) * b / (m * m - 1) - 1) * Math.Sqrt(m - 1);
        double y = x * x;
        double u = x * b * (C1 + b * (C2 + C3 * b)
            + y * (-C4 + b * (C5 + C6 * b) - y * b * (C7 + C8 * b - y * (C9 - C10 * b + y * b * (C11 - C12 * y)))));
        double correction = u / Math.Exp(y / 2);
        double result = (lowerTail ? -correction : correction) + (lowerTail ? Tails.NormalLower(x) : Tails.NormalUpper(x));
        return Math.Clamp(result, 0.0, 1.0);
    }

    // Heap's algorithm over all n! permutations; S = Σ (i − π(i))².
    private static long CountPermutationsWithSumAtLeast(int n, double threshold, out long total)
    {
        var perm = Enumerable.Range(1, n).ToArray();
        var c = new int[n];
        long count = 0;
        long visited = 0;

        void Visit()
        {
            visited++;
            int s = 0;
            for (int i = 0; i < n; i++)
            {
                int d = i + 1 - perm[i];
                s += d * d;
            }

            if (s >= threshold)
            {
                count++;
            }
        }

        Visit();
        int k = 1;
        while (k < n)
        {
            if (c[k] < k)
            {
                int swap = k % 2 == 0 ? 0 : c[k];
                (perm[swap], perm[k]) = (perm[k], perm[swap]);
                Visit();
                c[k]++;
                k = 1;
            }
            else
            {
                c[k] = 0;
                k++;
            }
        }

        total = visited;
        return count;
    }
}
