using PulmoPet.Radiomics.Features;
using PulmoPet.Radiomics.Morphology;
using PulmoPet.Radiomics.Texture;

namespace PulmoPet.Radiomics.PyRadiomics;

/// <summary>
/// PyRadiomics texture classes (glcm, glrlm, glszm, gldm, ngtdm) computed with the IBSI matrices of this
/// library: PyRadiomics' default is IBSI 3D with angles averaged, force2D is IBSI 2.5D, weightingNorm
/// no_weighting is IBSI merged. Deviations handled here: GLCM Correlation is 1 when a marginal has zero
/// variance, GLCM adds MCC (maximal correlation coefficient, not in IBSI), and PyRadiomics' names and
/// feature subsets (no GLDM GrayLevelNonUniformityNormalized / DependencePercentage, deprecated there).
/// </summary>
public static class TextureFeatures
{
    /// <summary>PyRadiomics GLCM names with the index of the IBSI GLCM feature (order of <see cref="GrayLevelCooccurrence.Names"/>); −1 = MCC.</summary>
    private static readonly (string Name, int Ibsi)[] Glcm =
    [
        ("Autocorrelation", 19), ("JointAverage", 1), ("ClusterProminence", 22), ("ClusterShade", 21),
        ("ClusterTendency", 20), ("Contrast", 11), ("Correlation", 18), ("DifferenceAverage", 4),
        ("DifferenceEntropy", 6), ("DifferenceVariance", 5), ("JointEnergy", 10), ("JointEntropy", 3),
        ("Imc1", 23), ("Imc2", 24), ("Idm", 15), ("MCC", -1), ("Idmn", 16), ("Id", 13), ("Idn", 14),
        ("InverseVariance", 17), ("MaximumProbability", 0), ("SumAverage", 7), ("SumEntropy", 9), ("SumSquares", 2),
    ];

    /// <summary>Index in the shared size-matrix feature order (see SizeMatrix) for GLRLM/GLSZM/GLDM names.</summary>
    private static readonly (string Name, int Index)[] Glrlm =
    [
        ("ShortRunEmphasis", 0), ("LongRunEmphasis", 1), ("LowGrayLevelRunEmphasis", 2), ("HighGrayLevelRunEmphasis", 3),
        ("ShortRunLowGrayLevelEmphasis", 4), ("ShortRunHighGrayLevelEmphasis", 5), ("LongRunLowGrayLevelEmphasis", 6),
        ("LongRunHighGrayLevelEmphasis", 7), ("GrayLevelNonUniformity", 8), ("GrayLevelNonUniformityNormalized", 9),
        ("RunLengthNonUniformity", 10), ("RunLengthNonUniformityNormalized", 11), ("RunPercentage", 12),
        ("GrayLevelVariance", 13), ("RunVariance", 14), ("RunEntropy", 15),
    ];

    private static readonly (string Name, int Index)[] Glszm =
    [
        ("SmallAreaEmphasis", 0), ("LargeAreaEmphasis", 1), ("LowGrayLevelZoneEmphasis", 2), ("HighGrayLevelZoneEmphasis", 3),
        ("SmallAreaLowGrayLevelEmphasis", 4), ("SmallAreaHighGrayLevelEmphasis", 5), ("LargeAreaLowGrayLevelEmphasis", 6),
        ("LargeAreaHighGrayLevelEmphasis", 7), ("GrayLevelNonUniformity", 8), ("GrayLevelNonUniformityNormalized", 9),
        ("SizeZoneNonUniformity", 10), ("SizeZoneNonUniformityNormalized", 11), ("ZonePercentage", 12),
        ("GrayLevelVariance", 13), ("ZoneVariance", 14), ("ZoneEntropy", 15),
    ];

    private static readonly (string Name, int Index)[] Gldm =
    [
        ("SmallDependenceEmphasis", 0), ("LargeDependenceEmphasis", 1), ("LowGrayLevelEmphasis", 2), ("HighGrayLevelEmphasis", 3),
        ("SmallDependenceLowGrayLevelEmphasis", 4), ("SmallDependenceHighGrayLevelEmphasis", 5),
        ("LargeDependenceLowGrayLevelEmphasis", 6), ("LargeDependenceHighGrayLevelEmphasis", 7),
        ("GrayLevelNonUniformity", 8), ("DependenceNonUniformity", 10), ("DependenceNonUniformityNormalized", 11),
        ("GrayLevelVariance", 13), ("DependenceVariance", 14), ("DependenceEntropy", 15),
    ];

    public static FeatureVector ComputeGlcm(GrayLevelVolume levels, PyRadiomicsSettings settings)
    {
        int ng = levels.GrayLevelCount;
        var values = DirectionalAggregator.Run(
            levels, settings.Aggregation, ng * ng, Glcm.Length,
            (z0, z1, d, m) => GrayLevelCooccurrence.Accumulate(levels, z0, z1, d, settings.Distance, settings.SymmetricalGlcm, m),
            (m, _) =>
            {
                var ibsi = GrayLevelCooccurrence.FromMatrix(m, ng);
                if (ibsi is null) return null;
                var f = new double[Glcm.Length];
                for (int k = 0; k < Glcm.Length; k++)
                {
                    int index = Glcm[k].Ibsi;
                    f[k] = index < 0 ? MaximalCorrelationCoefficient(m, ng) : ibsi[index];
                }

                // PyRadiomics: correlation of a matrix whose marginal has zero variance is 1.
                int corr = Array.FindIndex(Glcm, g => g.Name == "Correlation");
                if (double.IsNaN(f[corr])) f[corr] = 1;
                return f;
            });
        return Named("glcm", Glcm.Select(g => g.Name), values);
    }

    public static FeatureVector ComputeGlrlm(GrayLevelVolume levels, PyRadiomicsSettings settings)
    {
        var values = GrayLevelRunLength.Compute(levels, settings.Aggregation);
        return Named("glrlm", Glrlm.Select(g => g.Name), Glrlm.Select(g => values[g.Index]).ToArray());
    }

    public static FeatureVector ComputeGlszm(GrayLevelVolume levels, PyRadiomicsSettings settings)
    {
        var ibsi = GrayLevelSizeZone.Compute(levels, IbsiSettings(settings));
        string suffix = "_" + settings.Aggregation.TagSuffix(directional: false);
        var values = Glszm.Select(g => ibsi["szm_" + GrayLevelSizeZone.Names[g.Index] + suffix]).ToArray();
        return Named("glszm", Glszm.Select(g => g.Name), values);
    }

    public static FeatureVector ComputeGldm(GrayLevelVolume levels, PyRadiomicsSettings settings)
    {
        var ibsi = NeighbouringGrayLevelDependence.Compute(levels, IbsiSettings(settings));
        string suffix = "_" + settings.Aggregation.TagSuffix(directional: false);
        var values = Gldm.Select(g => ibsi["ngl_" + NeighbouringGrayLevelDependence.Names[g.Index] + suffix]).ToArray();
        return Named("gldm", Gldm.Select(g => g.Name), values);
    }

    public static FeatureVector ComputeNgtdm(GrayLevelVolume levels, PyRadiomicsSettings settings)
    {
        var ibsi = NeighbourhoodGrayToneDifference.Compute(levels, IbsiSettings(settings));
        string suffix = "_" + settings.Aggregation.TagSuffix(directional: false);
        string[] names = ["Coarseness", "Contrast", "Busyness", "Complexity", "Strength"];
        var values = NeighbourhoodGrayToneDifference.Names.Select(n => ibsi["ngt_" + n + suffix]).ToArray();
        return Named("ngtdm", names, values);
    }

    /// <summary>
    /// MCC = √(second largest eigenvalue of Q), Q(i,j) = Σ_k p(i,k) p(j,k) / (p_x(i) p_y(k)), over levels present.
    /// Q = D_x⁻¹ P D_y⁻¹ Pᵀ is similar to the symmetric S Sᵀ with S = D_x^(−½) P D_y^(−½), whose eigenvalues
    /// are computed instead. One grey level gives 1, as in PyRadiomics.
    /// </summary>
    public static double MaximalCorrelationCoefficient(double[] counts, int ng)
    {
        double total = counts.Sum();
        var px = new double[ng];
        var py = new double[ng];
        for (int i = 0; i < ng; i++)
        {
            for (int j = 0; j < ng; j++)
            {
                px[i] += counts[i * ng + j] / total;
                py[j] += counts[i * ng + j] / total;
            }
        }

        var rows = Enumerable.Range(0, ng).Where(i => px[i] > 0).ToArray();
        var cols = Enumerable.Range(0, ng).Where(j => py[j] > 0).ToArray();
        if (rows.Length < 2) return 1;
        var s = new double[rows.Length, cols.Length];
        for (int a = 0; a < rows.Length; a++)
        {
            for (int b = 0; b < cols.Length; b++)
            {
                s[a, b] = counts[rows[a] * ng + cols[b]] / total / Math.Sqrt(px[rows[a]] * py[cols[b]]);
            }
        }

        var sst = new double[rows.Length, rows.Length];
        for (int a = 0; a < rows.Length; a++)
        {
            for (int c = 0; c < rows.Length; c++)
            {
                double sum = 0;
                for (int b = 0; b < cols.Length; b++) sum += s[a, b] * s[c, b];
                sst[a, c] = sum;
            }
        }

        var eigen = SymmetricEigen.Eigenvalues(sst);
        return Math.Sqrt(Math.Max(0, eigen[1]));
    }

    private static RadiomicsSettings IbsiSettings(PyRadiomicsSettings settings) => new()
    {
        NeighbourhoodDistance = settings.Distance,
        NgldmAlpha = settings.GldmAlpha,
        IsotropicAggregations = [settings.Aggregation with { Merging = DirectionMerging.Averaged }],
        DirectionalAggregations = [settings.Aggregation],
    };

    private static FeatureVector Named(string featureClass, IEnumerable<string> names, double[] values)
    {
        var f = new FeatureVector();
        int k = 0;
        foreach (string name in names) f.Add($"original_{featureClass}_{name}", values[k++]);
        return f;
    }
}
