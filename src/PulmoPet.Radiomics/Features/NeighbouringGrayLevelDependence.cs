using PulmoPet.Radiomics.Texture;

namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI neighbouring grey level dependence matrix features (family REK0, tags <c>ngl_</c>). Each voxel of
/// level i counts as dependence k = 1 + (neighbours within Chebyshev distance δ, inside the intensity mask,
/// with |level − i| ≤ α); the matrix counts voxels by (i, k) (IBSI 3.11). PyRadiomics' GLDM is the same
/// matrix (gldm_a = α).
/// </summary>
public static class NeighbouringGrayLevelDependence
{
    /// <summary>Feature tags without the aggregation suffix, in IBSI table order.</summary>
    public static readonly string[] Names =
    [
        "lde",          // IBSI SODN low dependence emphasis
        "hde",          // IBSI IMOQ high dependence emphasis
        "lgce",         // IBSI TL9H low grey level count emphasis
        "hgce",         // IBSI OAE7 high grey level count emphasis
        "ldlge",        // IBSI EQ3F low dependence low grey level emphasis
        "ldhge",        // IBSI JA6D low dependence high grey level emphasis
        "hdlge",        // IBSI NBZI high dependence low grey level emphasis
        "hdhge",        // IBSI 9QMG high dependence high grey level emphasis
        "glnu",         // IBSI FP8K grey level non-uniformity
        "glnu_norm",    // IBSI 5SPA normalised grey level non-uniformity
        "dcnu",         // IBSI Z87G dependence count non-uniformity
        "dcnu_norm",    // IBSI OKJI normalised dependence count non-uniformity
        "dc_perc",      // IBSI 6XV8 dependence count percentage
        "gl_var",       // IBSI 1PFV grey level variance
        "dc_var",       // IBSI DNX2 dependence count variance
        "dc_entr",      // IBSI FCBV dependence count entropy
        "dc_energy",    // IBSI CAS9 dependence count energy
    ];

    public static FeatureVector Compute(GrayLevelVolume levels, RadiomicsSettings settings)
    {
        var f = new FeatureVector();
        int ng = levels.GrayLevelCount;
        double[][]? slices = null;
        foreach (var aggregation in settings.IsotropicAggregations)
        {
            double[] values;
            if (aggregation.Dimension == TextureDimension.Volume3D)
            {
                var (m, columns) = Matrix(levels, settings.NeighbourhoodDistance, settings.NgldmAlpha, inPlane: false, 0, levels.Nz);
                values = SizeMatrix.FromDense(m, ng, columns).Features(levels.VoxelCount) ?? IsotropicAggregator.NaNs(Names.Length);
            }
            else
            {
                int columns = Columns(settings.NeighbourhoodDistance, inPlane: true);
                slices ??= Enumerable.Range(0, levels.Nz)
                    .Select(z => Matrix(levels, settings.NeighbourhoodDistance, settings.NgldmAlpha, inPlane: true, z, z + 1).Matrix)
                    .ToArray();
                var perSlice = slices;
                if (aggregation.Dimension == TextureDimension.Slice2D)
                {
                    values = IsotropicAggregator.AverageSlices(levels.Nz, Names.Length,
                        z => SizeMatrix.FromDense(perSlice[z], ng, columns).Features(levels.SliceVoxelCount(z)));
                }
                else
                {
                    var merged = new double[perSlice.Length == 0 ? 0 : perSlice[0].Length];
                    foreach (var m in perSlice)
                    {
                        for (int k = 0; k < merged.Length; k++) merged[k] += m[k];
                    }

                    values = SizeMatrix.FromDense(merged, ng, columns).Features(levels.VoxelCount) ?? IsotropicAggregator.NaNs(Names.Length);
                }
            }

            string suffix = "_" + aggregation.TagSuffix(directional: false);
            for (int k = 0; k < Names.Length; k++) f.Add("ngl_" + Names[k] + suffix, values[k]);
        }

        return f;
    }

    /// <summary>Largest dependence count + 1: the neighbourhood size plus the voxel itself.</summary>
    public static int Columns(int distance, bool inPlane) => Directions.Neighbourhood(distance, inPlane).Length + 1;

    /// <summary>The Ng × (neighbours + 1) row-major matrix (row = level − 1, column = dependence − 1) for slices [zFrom, zTo).</summary>
    public static (double[] Matrix, int Columns) Matrix(GrayLevelVolume levels, int distance, int alpha, bool inPlane, int zFrom, int zTo)
    {
        int nx = levels.Nx, ny = levels.Ny, nz = levels.Nz, ng = levels.GrayLevelCount;
        var offsets = Directions.Neighbourhood(distance, inPlane);
        int columns = offsets.Length + 1;
        var m = new double[ng * columns];
        if (distance == 1)
        {
            // Neighbours one voxel away: fixed offsets into the padded levels, no bounds checks.
            var padded = levels.Padded;
            var p = padded.Values;
            var linear = Array.ConvertAll(offsets, padded.Offset);
            for (int z = zFrom; z < zTo; z++)
            {
                for (int y = 0; y < ny; y++)
                {
                    for (int x = 0, i = padded.Index(0, y, z); x < nx; x++, i++)
                    {
                        int level = p[i];
                        if (level == 0) continue;
                        int dependent = 0;
                        if (alpha == 0)
                        {
                            // Equal levels only (IBSI default α = 0); level > 0, so padding never counts.
                            foreach (int o in linear)
                            {
                                if (p[i + o] == level) dependent++;
                            }
                        }
                        else
                        {
                            foreach (int o in linear)
                            {
                                int nb = p[i + o];
                                if (nb != 0 && Math.Abs(nb - level) <= alpha) dependent++;
                            }
                        }

                        m[(level - 1) * columns + dependent]++;
                    }
                }
            }

            return (m, columns);
        }

        var l = levels.Levels;
        for (int z = zFrom; z < zTo; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    int level = l[(z * ny + y) * nx + x];
                    if (level == 0) continue;
                    int dependent = 0;
                    foreach (var o in offsets)
                    {
                        int xx = x + o.X, yy = y + o.Y, zz = z + o.Z;
                        if ((uint)xx >= (uint)nx || (uint)yy >= (uint)ny || (uint)zz >= (uint)nz) continue;
                        int nb = l[(zz * ny + yy) * nx + xx];
                        if (nb != 0 && Math.Abs(nb - level) <= alpha) dependent++;
                    }

                    m[(level - 1) * columns + dependent]++;
                }
            }
        }

        return (m, columns);
    }
}
