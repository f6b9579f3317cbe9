using PulmoPet.Radiomics.Texture;

namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI grey level size zone matrix features (family 9SAK, tags <c>szm_</c>): zones are connected voxels of
/// equal level (26-connected in 3D, 8-connected per slice in 2D/2.5D), counted by level and size (IBSI 3.8).
/// </summary>
public static class GrayLevelSizeZone
{
    /// <summary>Feature tags without the aggregation suffix, in IBSI table order.</summary>
    public static readonly string[] Names =
    [
        "sze",          // IBSI 5QRC small zone emphasis
        "lze",          // IBSI 48P8 large zone emphasis
        "lgze",         // IBSI XMSY low grey level zone emphasis
        "hgze",         // IBSI 5GN9 high grey level zone emphasis
        "szlge",        // IBSI 5RAI small zone low grey level emphasis
        "szhge",        // IBSI HW1V small zone high grey level emphasis
        "lzlge",        // IBSI YH51 large zone low grey level emphasis
        "lzhge",        // IBSI J17V large zone high grey level emphasis
        "glnu",         // IBSI JNSA grey level non-uniformity
        "glnu_norm",    // IBSI Y1RO normalised grey level non-uniformity
        "zsnu",         // IBSI 4JP3 zone size non-uniformity
        "zsnu_norm",    // IBSI VB3A normalised zone size non-uniformity
        "z_perc",       // IBSI P30P zone percentage
        "gl_var",       // IBSI BYLV grey level variance
        "zs_var",       // IBSI 3NSA zone size variance
        "zs_entr",      // IBSI GU8N zone size entropy
    ];

    public static FeatureVector Compute(GrayLevelVolume levels, RadiomicsSettings settings)
    {
        var f = new FeatureVector();
        foreach (var aggregation in settings.IsotropicAggregations)
        {
            double[] values;
            var zones = levels.Zones(inPlane: aggregation.Dimension != TextureDimension.Volume3D);
            if (aggregation.Dimension == TextureDimension.Slice2D)
            {
                var starts = Zones.SliceStarts(zones, levels.Nz);
                values = IsotropicAggregator.AverageSlices(levels.Nz, Names.Length,
                    z => Features(zones.AsSpan(starts[z], starts[z + 1] - starts[z]), levels.SliceVoxelCount(z)));
            }
            else
            {
                values = Features(zones, levels.VoxelCount) ?? IsotropicAggregator.NaNs(Names.Length);
            }

            string suffix = "_" + aggregation.TagSuffix(directional: false);
            for (int k = 0; k < Names.Length; k++) f.Add("szm_" + Names[k] + suffix, values[k]);
        }

        return f;
    }

    private static double[]? Features(ReadOnlySpan<Zones.Zone> zones, int voxelCount)
    {
        var entries = new long[zones.Length];
        for (int k = 0; k < zones.Length; k++) entries[k] = SizeMatrix.Pack(zones[k].Level, zones[k].Size);
        return SizeMatrix.FromEntries(entries).Features(voxelCount)?[..Names.Length];
    }
}
