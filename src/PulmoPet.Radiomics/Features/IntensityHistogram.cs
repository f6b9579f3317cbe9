namespace PulmoPet.Radiomics.Features;

/// <summary>IBSI intensity-histogram features (family ZVCW, tags <c>ih_</c>) on the discretised grey levels 1…Ng.</summary>
public static class IntensityHistogram
{
    public static FeatureVector Compute(GrayLevelVolume levels)
    {
        int ng = levels.GrayLevelCount;
        var histogram = new long[ng + 1];
        var sorted = new double[levels.VoxelCount];
        int k = 0;
        foreach (int l in levels.Levels)
        {
            if (l > 0)
            {
                histogram[l]++;
                sorted[k++] = l;
            }
        }

        Array.Sort(sorted);
        var d = Descriptive.Of(sorted);
        int n = sorted.Length;

        int mode = 1;
        double entropy = 0, uniformity = 0;
        for (int i = 1; i <= ng; i++)
        {
            if (histogram[i] > histogram[mode]) mode = i;
            if (histogram[i] > 0)
            {
                double p = (double)histogram[i] / n;
                entropy -= p * Math.Log2(p);
                uniformity += p * p;
            }
        }

        // Histogram gradient over the discretised range (IBSI 4.3): central differences inside,
        // one-sided at the first and last bin, in voxel counts.
        double maxGrad = double.NegativeInfinity, minGrad = double.PositiveInfinity;
        int maxGradLevel = 1, minGradLevel = 1;
        for (int i = 1; i <= ng; i++)
        {
            double g = ng == 1 ? 0
                : i == 1 ? histogram[2] - histogram[1]
                : i == ng ? histogram[ng] - histogram[ng - 1]
                : (histogram[i + 1] - histogram[i - 1]) / 2.0;
            if (g > maxGrad) { maxGrad = g; maxGradLevel = i; }
            if (g < minGrad) { minGrad = g; minGradLevel = i; }
        }

        var f = new FeatureVector();
        f.Add("ih_mean", d.Mean);                                 // IBSI X6K6 mean
        f.Add("ih_var", d.Variance);                              // IBSI CH89 variance
        f.Add("ih_skew", d.Skewness);                             // IBSI 88K1 skewness
        f.Add("ih_kurt", d.Kurtosis);                             // IBSI C3I7 excess kurtosis
        f.Add("ih_median", d.Median);                             // IBSI WIFQ median
        f.Add("ih_min", d.Min);                                   // IBSI 1PR8 minimum
        f.Add("ih_p10", d.P10);                                   // IBSI GPMT 10th percentile
        f.Add("ih_p90", d.P90);                                   // IBSI OZ0C 90th percentile
        f.Add("ih_max", d.Max);                                   // IBSI 3NCY maximum
        f.Add("ih_mode", mode);                                   // IBSI AMMC mode (lowest level on ties)
        f.Add("ih_iqr", d.P75 - d.P25);                           // IBSI WR0O interquartile range
        f.Add("ih_range", d.Max - d.Min);                         // IBSI 5Z3W range
        f.Add("ih_mad", d.MeanAbsoluteDeviation);                 // IBSI D2ZX mean absolute deviation
        f.Add("ih_rmad", d.RobustMeanAbsoluteDeviation);          // IBSI WRZB robust mean absolute deviation
        f.Add("ih_medad", d.MedianAbsoluteDeviation);             // IBSI 4RNL median absolute deviation
        f.Add("ih_cov", Math.Sqrt(d.Variance) / d.Mean);          // IBSI CWYJ coefficient of variation
        f.Add("ih_qcod", (d.P75 - d.P25) / (d.P75 + d.P25));      // IBSI SLWD quartile coefficient of dispersion
        f.Add("ih_entropy", entropy);                             // IBSI TLU2 entropy
        f.Add("ih_uniformity", uniformity);                       // IBSI BJ5W uniformity
        f.Add("ih_max_grad", maxGrad);                            // IBSI 12CE maximum histogram gradient
        f.Add("ih_max_grad_g", maxGradLevel);                     // IBSI 8E6O maximum histogram gradient grey level
        f.Add("ih_min_grad", minGrad);                            // IBSI VQB3 minimum histogram gradient
        f.Add("ih_min_grad_g", minGradLevel);                     // IBSI RHQZ minimum histogram gradient grey level
        return f;
    }
}
