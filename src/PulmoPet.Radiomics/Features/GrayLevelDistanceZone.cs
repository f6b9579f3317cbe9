using PulmoPet.Radiomics.Texture;

namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI grey level distance zone matrix features (family VMDZ, tags <c>dzm_</c>): the zones of the GLSZM,
/// counted by level and by the smallest distance of their voxels to the ROI edge (6-connected steps in 3D,
/// 4-connected in-plane for 2D/2.5D; IBSI 3.9).
/// </summary>
public static class GrayLevelDistanceZone
{
    /// <summary>Feature tags without the aggregation suffix, in IBSI table order.</summary>
    public static readonly string[] Names =
    [
        "sde",          // IBSI 0GBI small distance emphasis
        "lde",          // IBSI MB4I large distance emphasis
        "lgze",         // IBSI S1RA low grey level zone emphasis
        "hgze",         // IBSI K26C high grey level zone emphasis
        "sdlge",        // IBSI RUVG small distance low grey level emphasis
        "sdhge",        // IBSI DKNJ small distance high grey level emphasis
        "ldlge",        // IBSI A7WM large distance low grey level emphasis
        "ldhge",        // IBSI KLTH large distance high grey level emphasis
        "glnu",         // IBSI VFT7 grey level non-uniformity
        "glnu_norm",    // IBSI 7HP3 normalised grey level non-uniformity
        "zdnu",         // IBSI V294 zone distance non-uniformity
        "zdnu_norm",    // IBSI IATH normalised zone distance non-uniformity
        "z_perc",       // IBSI VIWW zone percentage
        "gl_var",       // IBSI QK93 grey level variance
        "zd_var",       // IBSI 7WT1 zone distance variance
        "zd_entr",      // IBSI GBDU zone distance entropy
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
            for (int k = 0; k < Names.Length; k++) f.Add("dzm_" + Names[k] + suffix, values[k]);
        }

        return f;
    }

    private static double[]? Features(ReadOnlySpan<Zones.Zone> zones, int voxelCount)
    {
        var entries = new long[zones.Length];
        for (int k = 0; k < zones.Length; k++) entries[k] = SizeMatrix.Pack(zones[k].Level, zones[k].Distance);
        return SizeMatrix.FromEntries(entries).Features(voxelCount)?[..Names.Length];
    }
}
