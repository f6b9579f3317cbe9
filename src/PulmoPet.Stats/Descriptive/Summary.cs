namespace PulmoPet.Stats.Descriptive;

/// <summary>Descriptive statistics with the conventions of R's <c>mean</c>, <c>sd</c>, <c>median</c> and <c>quantile</c>.</summary>
public static class Summary
{
    public static double Mean(IReadOnlyList<double> values)
    {
        RequireNonEmpty(values);
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        double mean = sum / values.Count;

        // Second pass correction as R's mean.default (long double accumulation is not available; this
        // refinement recovers the same rounding for well-scaled data).
        double correction = 0;
        foreach (double v in values)
        {
            correction += v - mean;
        }

        return mean + correction / values.Count;
    }

    /// <summary>Sample variance with denominator n − 1 (R: <c>var</c>).</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }

        double mean = Mean(values);
        double sum = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            sum += d * d;
        }

        return sum / (values.Count - 1);
    }

    /// <summary>Sample standard deviation with denominator n − 1 (R: <c>sd</c>, SPSS "Std. Deviation").</summary>
    public static double StandardDeviation(IReadOnlyList<double> values) => Math.Sqrt(Variance(values));

    public static double Median(IReadOnlyList<double> values) => Quantile(values, 0.5);

    /// <summary>
    /// Sample quantile by Hyndman &amp; Fan (1996) definition 7, R's <c>quantile(type = 7)</c> default:
    /// h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) on the sorted sample (0-based).
    /// SPSS's EXAMINE "weighted average" uses definition 6, so quartiles may differ slightly from SPSS.
    /// </summary>
    public static double Quantile(IReadOnlyList<double> values, double probability)
    {
        RequireNonEmpty(values);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        double h = (sorted.Length - 1) * probability;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static void RequireNonEmpty(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("At least one value is required.", nameof(values));
        }
    }
}
