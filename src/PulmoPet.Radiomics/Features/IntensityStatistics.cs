namespace PulmoPet.Radiomics.Features;

/// <summary>IBSI intensity-based statistical features (family UHIW, tags <c>stat_</c>) on the intensity-mask values.</summary>
public static class IntensityStatistics
{
    public static FeatureVector Compute(RegionOfInterest roi)
    {
        var sorted = (double[])roi.Values.Clone();
        Array.Sort(sorted);
        var d = Descriptive.Of(sorted);
        double energy = 0;
        foreach (double v in sorted) energy += v * v;

        var f = new FeatureVector();
        f.Add("stat_mean", d.Mean);                                   // IBSI Q4LE mean
        f.Add("stat_var", d.Variance);                                // IBSI ECT3 variance (population)
        f.Add("stat_skew", d.Skewness);                               // IBSI KE2A skewness
        f.Add("stat_kurt", d.Kurtosis);                               // IBSI IPH6 excess kurtosis
        f.Add("stat_median", d.Median);                               // IBSI Y12H median
        f.Add("stat_min", d.Min);                                     // IBSI 1GSF minimum
        f.Add("stat_p10", d.P10);                                     // IBSI QG58 10th percentile
        f.Add("stat_p90", d.P90);                                     // IBSI 8DWT 90th percentile
        f.Add("stat_max", d.Max);                                     // IBSI 84IY maximum
        f.Add("stat_iqr", d.P75 - d.P25);                             // IBSI SALO interquartile range
        f.Add("stat_range", d.Max - d.Min);                           // IBSI 2OJQ range
        f.Add("stat_mad", d.MeanAbsoluteDeviation);                   // IBSI 4FUA mean absolute deviation
        f.Add("stat_rmad", d.RobustMeanAbsoluteDeviation);            // IBSI 1128 robust mean absolute deviation
        f.Add("stat_medad", d.MedianAbsoluteDeviation);               // IBSI N72L median absolute deviation
        f.Add("stat_cov", Math.Sqrt(d.Variance) / d.Mean);            // IBSI 7TET coefficient of variation
        f.Add("stat_qcod", (d.P75 - d.P25) / (d.P75 + d.P25));        // IBSI 9S40 quartile coefficient of dispersion
        f.Add("stat_energy", energy);                                 // IBSI N8CA energy
        f.Add("stat_rms", Math.Sqrt(energy / sorted.Length));         // IBSI 5ZWQ root mean square
        return f;
    }
}
