using PulmoPet.Radiomics.Texture;

namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI neighbourhood grey tone difference matrix features (family IPET, tags <c>ngt_</c>). For each voxel
/// of level i, s_i accumulates |i − Ā| where Ā is the mean level of its neighbours (Chebyshev distance δ,
/// in-plane for 2D/2.5D) inside the intensity mask; voxels without such neighbours are skipped (IBSI 3.10).
/// </summary>
public static class NeighbourhoodGrayToneDifference
{
    /// <summary>Feature tags without the aggregation suffix, in IBSI table order.</summary>
    public static readonly string[] Names = ["coarseness", "contrast", "busyness", "complexity", "strength"];

    /// <summary>Coarseness when Σ p_i s_i = 0 (a uniform ROI), as in IBSI and PyRadiomics.</summary>
    public const double MaximumCoarseness = 1e6;

    public static FeatureVector Compute(GrayLevelVolume levels, RadiomicsSettings settings)
    {
        var f = new FeatureVector();
        int ng = levels.GrayLevelCount;
        (double[] S, double[] N)[]? slices = null;
        foreach (var aggregation in settings.IsotropicAggregations)
        {
            double[] values;
            if (aggregation.Dimension == TextureDimension.Volume3D)
            {
                var (s, n) = Matrix(levels, settings.NeighbourhoodDistance, inPlane: false, 0, levels.Nz);
                values = Features(s, n) ?? IsotropicAggregator.NaNs(Names.Length);
            }
            else
            {
                slices ??= Enumerable.Range(0, levels.Nz)
                    .Select(z => Matrix(levels, settings.NeighbourhoodDistance, inPlane: true, z, z + 1)).ToArray();
                var perSlice = slices;
                if (aggregation.Dimension == TextureDimension.Slice2D)
                {
                    values = IsotropicAggregator.AverageSlices(levels.Nz, Names.Length, z => Features(perSlice[z].S, perSlice[z].N));
                }
                else
                {
                    var s = new double[ng + 1];
                    var n = new double[ng + 1];
                    foreach (var slice in perSlice)
                    {
                        for (int i = 0; i <= ng; i++) { s[i] += slice.S[i]; n[i] += slice.N[i]; }
                    }

                    values = Features(s, n) ?? IsotropicAggregator.NaNs(Names.Length);
                }
            }

            string suffix = "_" + aggregation.TagSuffix(directional: false);
            for (int k = 0; k < Names.Length; k++) f.Add("ngt_" + Names[k] + suffix, values[k]);
        }

        return f;
    }

    /// <summary>s_i and n_i (index = level, 0 unused) for voxels in slices [zFrom, zTo).</summary>
    public static (double[] S, double[] N) Matrix(GrayLevelVolume levels, int distance, bool inPlane, int zFrom, int zTo)
    {
        int nx = levels.Nx, ny = levels.Ny, nz = levels.Nz, ng = levels.GrayLevelCount;
        var l = levels.Levels;
        var offsets = Directions.Neighbourhood(distance, inPlane);
        var s = new double[ng + 1];
        var n = new double[ng + 1];
        for (int z = zFrom; z < zTo; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    int level = l[(z * ny + y) * nx + x];
                    if (level == 0) continue;
                    long sum = 0;
                    int count = 0;
                    foreach (var o in offsets)
                    {
                        int xx = x + o.X, yy = y + o.Y, zz = z + o.Z;
                        if ((uint)xx >= (uint)nx || (uint)yy >= (uint)ny || (uint)zz >= (uint)nz) continue;
                        int nb = l[(zz * ny + yy) * nx + xx];
                        if (nb == 0) continue;
                        sum += nb;
                        count++;
                    }

                    if (count == 0) continue;
                    s[level] += Math.Abs(level - (double)sum / count);
                    n[level]++;
                }
            }
        }

        return (s, n);
    }

    /// <summary>The 5 features from s_i and n_i, or null when no voxel had a neighbour.</summary>
    public static double[]? Features(double[] s, double[] n)
    {
        double nv = 0;
        foreach (double c in n) nv += c;
        if (nv == 0) return null;
        int ng = s.Length - 1;
        var p = new double[ng + 1];
        int present = 0;
        double sumPs = 0, sumS = 0;
        for (int i = 1; i <= ng; i++)
        {
            p[i] = n[i] / nv;
            if (p[i] > 0) present++;
            sumPs += p[i] * s[i];
            sumS += s[i];
        }

        double contrastSum = 0, busyDenominator = 0, complexity = 0, strengthSum = 0;
        for (int i = 1; i <= ng; i++)
        {
            if (p[i] == 0) continue;
            for (int j = 1; j <= ng; j++)
            {
                if (p[j] == 0) continue;
                double d2 = (double)(i - j) * (i - j);
                contrastSum += p[i] * p[j] * d2;
                busyDenominator += Math.Abs(i * p[i] - j * p[j]);
                complexity += Math.Abs(i - j) * (p[i] * s[i] + p[j] * s[j]) / (p[i] + p[j]);
                strengthSum += (p[i] + p[j]) * d2;
            }
        }

        return
        [
            sumPs == 0 ? MaximumCoarseness : 1 / sumPs,                                        // IBSI QCDE coarseness
            present > 1 ? contrastSum / (present * (present - 1.0)) * sumS / nv : 0,           // IBSI 65HE contrast
            busyDenominator == 0 ? 0 : sumPs / busyDenominator,                                // IBSI NQ30 busyness
            complexity / nv,                                                                   // IBSI HDEZ complexity
            sumS == 0 ? 0 : strengthSum / sumS,                                                // IBSI 1X9X strength
        ];
    }
}
