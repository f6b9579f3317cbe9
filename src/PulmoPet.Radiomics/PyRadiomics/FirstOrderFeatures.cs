using PulmoPet.Radiomics.Features;

namespace PulmoPet.Radiomics.PyRadiomics;

/// <summary>
/// PyRadiomics first-order features (radiomics/firstorder.py, names <c>original_firstorder_*</c>). Where
/// they deviate from IBSI intensity statistics: Energy, TotalEnergy and RootMeanSquared use intensities + voxelArrayShift
/// (TotalEnergy also × voxel volume), Kurtosis is not excess (m4/m2², IBSI IPH6 minus 3), and Entropy/Uniformity
/// are computed on the PyRadiomics bins (IBSI intensity histogram TLU2/BJ5W on those bins).
/// </summary>
public static class FirstOrderFeatures
{
    public static FeatureVector Compute(RegionOfInterest roi, GrayLevelVolume levels, PyRadiomicsSettings settings)
    {
        var sorted = (double[])roi.Values.Clone();
        Array.Sort(sorted);
        var d = Descriptive.Of(sorted);
        int n = sorted.Length;
        double energy = 0;
        foreach (double v in sorted) energy += (v + settings.VoxelArrayShift) * (v + settings.VoxelArrayShift);

        var histogram = new double[levels.GrayLevelCount + 1];
        foreach (int l in levels.Levels)
        {
            if (l > 0) histogram[l]++;
        }

        double entropy = 0, uniformity = 0;
        foreach (double c in histogram)
        {
            if (c == 0) continue;
            double p = c / n;
            entropy -= p * Math.Log2(p);
            uniformity += p * p;
        }

        const string prefix = "original_firstorder_";
        var f = new FeatureVector();
        f.Add(prefix + "Energy", energy);                                           // IBSI N8CA with shift
        f.Add(prefix + "TotalEnergy", energy * roi.Geometry.VoxelVolumeMm3);        // PyRadiomics only
        f.Add(prefix + "Entropy", entropy);                                         // IBSI TLU2 on PyRadiomics bins
        f.Add(prefix + "Minimum", d.Min);                                           // IBSI 1GSF
        f.Add(prefix + "10Percentile", d.P10);                                      // IBSI QG58
        f.Add(prefix + "90Percentile", d.P90);                                      // IBSI 8DWT
        f.Add(prefix + "Maximum", d.Max);                                           // IBSI 84IY
        f.Add(prefix + "Mean", d.Mean);                                             // IBSI Q4LE
        f.Add(prefix + "Median", d.Median);                                         // IBSI Y12H
        f.Add(prefix + "InterquartileRange", d.P75 - d.P25);                        // IBSI SALO
        f.Add(prefix + "Range", d.Max - d.Min);                                     // IBSI 2OJQ
        f.Add(prefix + "MeanAbsoluteDeviation", d.MeanAbsoluteDeviation);           // IBSI 4FUA
        f.Add(prefix + "RobustMeanAbsoluteDeviation", d.RobustMeanAbsoluteDeviation); // IBSI 1128
        f.Add(prefix + "RootMeanSquared", Math.Sqrt(energy / n));                   // IBSI 5ZWQ with shift
        f.Add(prefix + "StandardDeviation", Math.Sqrt(d.Variance));                 // PyRadiomics only (√ IBSI ECT3)
        f.Add(prefix + "Skewness", d.Skewness);                                     // IBSI KE2A
        f.Add(prefix + "Kurtosis", d.Kurtosis + 3);                                 // IBSI IPH6 + 3
        f.Add(prefix + "Variance", d.Variance);                                     // IBSI ECT3
        f.Add(prefix + "Uniformity", uniformity);                                   // IBSI BJ5W on PyRadiomics bins
        return f;
    }
}
