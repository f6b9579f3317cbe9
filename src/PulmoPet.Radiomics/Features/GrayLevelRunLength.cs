using PulmoPet.Radiomics.Texture;

namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI grey level run length matrix features (family TP0I, tags <c>rlm_</c>), for every aggregation of
/// <see cref="RadiomicsSettings.DirectionalAggregations"/>. A run is a maximal line of equal levels along a
/// direction inside the intensity mask (IBSI 3.7). Merged matrices count Nv once per direction.
/// </summary>
public static class GrayLevelRunLength
{
    /// <summary>Feature tags without the aggregation suffix, in IBSI table order.</summary>
    public static readonly string[] Names =
    [
        "sre",          // IBSI 22OV short runs emphasis
        "lre",          // IBSI W4KF long runs emphasis
        "lgre",         // IBSI V3SW low grey level run emphasis
        "hgre",         // IBSI G3QZ high grey level run emphasis
        "srlge",        // IBSI HTZT short run low grey level emphasis
        "srhge",        // IBSI GD3A short run high grey level emphasis
        "lrlge",        // IBSI IVPO long run low grey level emphasis
        "lrhge",        // IBSI 3KUM long run high grey level emphasis
        "glnu",         // IBSI R5YN grey level non-uniformity
        "glnu_norm",    // IBSI OVBL normalised grey level non-uniformity
        "rlnu",         // IBSI W92Y run length non-uniformity
        "rlnu_norm",    // IBSI IC23 normalised run length non-uniformity
        "r_perc",       // IBSI 9ZK5 run percentage
        "gl_var",       // IBSI 8CE5 grey level variance
        "rl_var",       // IBSI SXLW run length variance
        "rl_entr",      // IBSI HJ9O run entropy
    ];

    public static FeatureVector Compute(GrayLevelVolume levels, RadiomicsSettings settings)
    {
        var f = new FeatureVector();
        int ng = levels.GrayLevelCount;
        int maxRun = MaxRunLength(levels);
        var aggregations = settings.DirectionalAggregations;
        var all = DirectionalAggregator.RunAll(
            levels, aggregations, ng * maxRun, Names.Length,
            (z0, z1, d, m) => Accumulate(levels, z0, z1, d, m, maxRun),
            (m, nv) => SizeMatrix.FromDense(m, ng, maxRun).Features(nv)?[..Names.Length]);
        for (int a = 0; a < aggregations.Count; a++)
        {
            string suffix = "_" + aggregations[a].TagSuffix(directional: true);
            for (int k = 0; k < Names.Length; k++) f.Add("rlm_" + Names[k] + suffix, all[a][k]);
        }

        return f;
    }

    /// <summary>The 16 features (order of <see cref="Names"/>) for one aggregation.</summary>
    public static double[] Compute(GrayLevelVolume levels, TextureAggregation aggregation)
    {
        int ng = levels.GrayLevelCount;
        int maxRun = MaxRunLength(levels);
        return DirectionalAggregator.Run(
            levels, aggregation, ng * maxRun, Names.Length,
            (z0, z1, d, m) => Accumulate(levels, z0, z1, d, m, maxRun),
            (m, nv) => SizeMatrix.FromDense(m, ng, maxRun).Features(nv)?[..Names.Length]);
    }

    /// <summary>The longest possible run: the largest box dimension.</summary>
    public static int MaxRunLength(GrayLevelVolume levels) => Math.Max(levels.Nx, Math.Max(levels.Ny, levels.Nz));

    /// <summary>
    /// Adds the runs along <paramref name="direction"/> that start in slices [zFrom, zTo) to the Ng×maxRun
    /// row-major <paramref name="matrix"/> (row = level − 1, column = length − 1).
    /// </summary>
    public static void Accumulate(GrayLevelVolume levels, int zFrom, int zTo, Offset direction, double[] matrix, int maxRun)
    {
        int nx = levels.Nx, ny = levels.Ny;
        var padded = levels.Padded;
        var p = padded.Values;
        int step = padded.Offset(direction);
        for (int z = zFrom; z < zTo; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0, i = padded.Index(0, y, z); x < nx; x++, i++)
                {
                    int level = p[i];

                    // A run starts here unless the previous voxel along the direction has the same level (padding is 0).
                    if (level == 0 || p[i - step] == level) continue;
                    int length = 1;
                    for (int c = i + step; p[c] == level; c += step) length++;
                    matrix[(level - 1) * maxRun + length - 1]++;
                }
            }
        }
    }
}
