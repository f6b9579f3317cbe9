namespace PulmoPet.Radiomics.Texture;

/// <summary>
/// Aggregates a direction-independent matrix (GLSZM, GLDZM, NGTDM, NGLDM) per IBSI: 2D = one matrix per
/// slice, features averaged over slices; 2.5D = the slice matrices merged; 3D = one volumetric matrix.
/// </summary>
internal static class IsotropicAggregator
{
    /// <summary>Averages features of per-slice matrices, skipping empty slices (null features).</summary>
    public static double[] AverageSlices(int sliceCount, int featureCount, Func<int, double[]?> sliceFeatures)
    {
        var sums = new double[featureCount];
        int used = 0;
        for (int z = 0; z < sliceCount; z++)
        {
            var f = sliceFeatures(z);
            if (f is null) continue;
            for (int k = 0; k < featureCount; k++) sums[k] += f[k];
            used++;
        }

        for (int k = 0; k < featureCount; k++) sums[k] = used == 0 ? double.NaN : sums[k] / used;
        return sums;
    }

    public static double[] NaNs(int count)
    {
        var a = new double[count];
        Array.Fill(a, double.NaN);
        return a;
    }
}
