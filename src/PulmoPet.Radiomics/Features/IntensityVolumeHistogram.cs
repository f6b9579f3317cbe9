namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI intensity-volume histogram features (family P88C, tags <c>ivh_</c>). The IVH is evaluated at every
/// grey level between the ROI's lowest and highest level (absent levels included): ν(i) = fraction of voxels
/// with level ≥ i, γ = relative intensity over the explicit re-segmentation range if there is one, else over the ROI's
/// lowest and highest level. Intensities are bin centres for fixed bin sizes, the values themselves without
/// discretisation, and bin numbers for a fixed bin number (as IBSI reports them).
/// </summary>
public static class IntensityVolumeHistogram
{
    /// <summary>The bin count IBSI recommends when a continuous image has no IVH discretisation.</summary>
    public const int DefaultContinuousBins = 1000;

    /// <param name="roi">The ROI.</param>
    /// <param name="discretisation">
    /// The IVH discretisation; null means none: integer-valued intensities are their own levels (step 1),
    /// other images get <see cref="DefaultContinuousBins"/> fixed bins.
    /// </param>
    public static FeatureVector Compute(RegionOfInterest roi, Discretisation? discretisation)
    {
        var values = roi.Values;
        int n = values.Length;
        var levels = new int[n];
        double min = values.Min(), max = values.Max();
        Func<int, double> intensityOf;
        bool binNumbers = false;
        if (discretisation is null && values.All(v => v == Math.Round(v)))
        {
            for (int k = 0; k < n; k++) levels[k] = (int)(values[k] - min) + 1;
            intensityOf = level => min + level - 1;
        }
        else
        {
            var d = discretisation ?? new FixedBinNumber(DefaultContinuousBins);
            d.Apply(values, levels, roi.ResegmentationMin);
            // A fixed bin number has no intensity scale: IBSI reports its IVH intensities as bin numbers (config E).
            intensityOf = d is FixedBinNumber ? level => level : level => d.LevelToIntensity(level, min, max, roi.ResegmentationMin);
            binNumbers = d is FixedBinNumber;
        }

        int lo = levels.Min(), hi = levels.Max();
        var atLeast = new long[hi - lo + 2];  // atLeast[i - lo] = voxels with level ≥ i
        foreach (int l in levels) atLeast[l - lo]++;
        for (int i = hi - lo - 1; i >= 0; i--) atLeast[i] += atLeast[i + 1];

        double VolumeAtIntensityFraction(double gamma)
        {
            // Fraction of voxels whose γ is at least gamma. With a (finite) re-segmentation range and an intensity scale,
            // γ is relative to that range; else (bin numbers, outlier filtering) to the ROI's lowest and highest level
            // (IBSI 4.4; configurations C, D, E).
            if (!binNumbers && roi.Resegmentation is { } range && double.IsFinite(range.Min) && double.IsFinite(range.Max))
            {
                double intensity = range.Min + gamma * (range.Max - range.Min);
                for (int i = lo; i <= hi; i++)
                {
                    if (intensityOf(i) >= intensity - 1e-9) return (double)atLeast[i - lo] / n;
                }

                return 0;
            }

            double threshold = lo + gamma * (hi - lo);
            int first = (int)Math.Ceiling(threshold - 1e-12);
            return first > hi ? 0 : (double)atLeast[Math.Max(first, lo) - lo] / n;
        }

        double IntensityAtVolumeFraction(double fraction)
        {
            // Lowest level whose ν is at most the fraction.
            for (int i = lo; i <= hi; i++)
            {
                if ((double)atLeast[i - lo] / n <= fraction) return intensityOf(i);
            }

            return intensityOf(hi + 1);
        }

        double v10 = VolumeAtIntensityFraction(0.1), v90 = VolumeAtIntensityFraction(0.9);
        double i10 = IntensityAtVolumeFraction(0.1), i90 = IntensityAtVolumeFraction(0.9);
        var f = new FeatureVector();
        f.Add("ivh_v10", v10);                     // IBSI BC2M/NK6P volume fraction at 10% intensity
        f.Add("ivh_v90", v90);                     // IBSI BC2M/4279 volume fraction at 90% intensity
        f.Add("ivh_i10", i10);                     // IBSI GBPN/PWN1 intensity at 10% volume
        f.Add("ivh_i90", i90);                     // IBSI GBPN/BOHI intensity at 90% volume
        f.Add("ivh_diff_v10_v90", v10 - v90);      // IBSI DDTU/WITY volume fraction difference
        f.Add("ivh_diff_i10_i90", i10 - i90);      // IBSI CNV2/JXJA intensity difference
        return f;
    }
}
