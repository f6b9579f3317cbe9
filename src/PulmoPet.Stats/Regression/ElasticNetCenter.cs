namespace PulmoPet.Stats.Regression;

/// <summary>
/// The shift c minimising Σₖ [(1 − α)/2 (aₖ − c)² + α|aₖ − c|] over the K class coefficients of one feature. Shifting
/// all classes by c leaves the multinomial probabilities unchanged, so glmnet recentres every active feature by it
/// after each pass over the classes (Friedman, Hastie &amp; Tibshirani 2010, section 4; glmnet's Fortran <c>elc</c>):
/// the mean for α = 0 or K = 2, the median (the midpoint of the middle two for even K) for α = 1, and otherwise the
/// unique minimiser of the convex piecewise quadratic.
/// </summary>
internal static class ElasticNetCenter
{
    public static double Of(double alpha, IReadOnlyList<double> a)
    {
        int n = a.Count;
        double mean = a.Average();
        if (alpha == 0 || n == 2)
        {
            return mean;
        }

        var sorted = a.OrderBy(v => v).ToArray();
        if (sorted[0] == sorted[^1])
        {
            return sorted[0];
        }

        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2] + sorted[n / 2 - 1]);
        if (alpha == 1)
        {
            return median;
        }

        // Stationary point with m values below c: c = mean + α(n − 2m)/((1 − α)n), valid if it lies in (a₍ₘ₎, a₍ₘ₊₁₎].
        double r = alpha / ((1 - alpha) * n);
        for (int m = 1; m < n; m++)
        {
            double c = mean + r * (n - 2 * m);
            if (c > sorted[m - 1] && c <= sorted[m])
            {
                return c;
            }
        }

        // Otherwise the minimum is at a kink (one of the aₖ).
        double best = sorted[0], bestValue = double.PositiveInfinity;
        foreach (double c in sorted)
        {
            double value = 0;
            foreach (double v in a)
            {
                value += (1 - alpha) / 2 * (v - c) * (v - c) + alpha * Math.Abs(v - c);
            }

            if (value < bestValue)
            {
                best = c;
                bestValue = value;
            }
        }

        return best;
    }
}
