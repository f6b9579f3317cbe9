namespace PulmoPet.Radiomics.Features;

/// <summary>
/// Descriptive statistics of a sample as IBSI defines them for the intensity statistics (stat_) and
/// intensity histogram (ih_) families: population moments, NumPy-style linear-interpolation percentiles.
/// </summary>
internal readonly record struct Descriptive(
    double Mean, double Variance, double Skewness, double Kurtosis, double Median, double Min, double P10,
    double P25, double P75, double P90, double Max, double MeanAbsoluteDeviation, double RobustMeanAbsoluteDeviation,
    double MedianAbsoluteDeviation)
{
    /// <summary>Percentile q∈[0,1] of sorted data with linear interpolation between closest ranks (NumPy default).</summary>
    public static double Percentile(ReadOnlySpan<double> sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Statistics of <paramref name="sorted"/> (ascending, non-empty).</summary>
    public static Descriptive Of(ReadOnlySpan<double> sorted)
    {
        int n = sorted.Length;
        double mean = 0;
        foreach (double v in sorted) mean += v;
        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0, mad = 0;
        foreach (double v in sorted)
        {
            double d = v - mean, d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            mad += Math.Abs(d);
        }

        m2 /= n; m3 /= n; m4 /= n; mad /= n;
        double median = Percentile(sorted, 0.5);
        double p10 = Percentile(sorted, 0.1), p90 = Percentile(sorted, 0.9);

        // The robust mean absolute deviation uses only the values between the 10th and 90th percentile.
        double robustMean = 0;
        int robustCount = 0;
        foreach (double v in sorted)
        {
            if (v >= p10 && v <= p90) { robustMean += v; robustCount++; }
        }

        robustMean /= robustCount;
        double rmad = 0, medad = 0;
        foreach (double v in sorted)
        {
            if (v >= p10 && v <= p90) rmad += Math.Abs(v - robustMean);
            medad += Math.Abs(v - median);
        }

        return new Descriptive(
            mean, m2, m2 == 0 ? 0 : m3 / Math.Pow(m2, 1.5), m2 == 0 ? 0 : m4 / (m2 * m2) - 3, median, sorted[0], p10,
            Percentile(sorted, 0.25), Percentile(sorted, 0.75), p90, sorted[n - 1], mad, rmad / robustCount, medad / n);
    }
}
