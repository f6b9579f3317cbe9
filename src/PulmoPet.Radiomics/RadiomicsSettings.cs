namespace PulmoPet.Radiomics;

/// <summary>How texture matrices are built over the ROI (IBSI 1, section 3.1.2 and table 3.1).</summary>
public enum TextureDimension
{
    /// <summary>Per slice (in-plane neighbours only); slice features are averaged (IBSI 2D).</summary>
    Slice2D,

    /// <summary>In-plane neighbours, matrices of all slices merged before features (IBSI 2.5D).</summary>
    Slice2_5D,

    /// <summary>Volumetric neighbours (IBSI 3D).</summary>
    Volume3D,
}

/// <summary>For direction-dependent matrices (GLCM, GLRLM): one matrix per direction, or directions merged.</summary>
public enum DirectionMerging
{
    /// <summary>Features per direction, then averaged (IBSI "averaged", PyRadiomics default weightingNorm none).</summary>
    Averaged,

    /// <summary>Matrices of all directions summed, features once (IBSI "merged", PyRadiomics no_weighting).</summary>
    Merged,
}

/// <summary>One texture aggregation: the dimension and, for GLCM/GLRLM, the direction merging.</summary>
public readonly record struct TextureAggregation(TextureDimension Dimension, DirectionMerging Merging)
{
    /// <summary>The six IBSI aggregations of direction-dependent matrices, in IBSI table order.</summary>
    public static readonly TextureAggregation[] AllDirectional =
    [
        new(TextureDimension.Slice2D, DirectionMerging.Averaged),
        new(TextureDimension.Slice2D, DirectionMerging.Merged),
        new(TextureDimension.Slice2_5D, DirectionMerging.Averaged),
        new(TextureDimension.Slice2_5D, DirectionMerging.Merged),
        new(TextureDimension.Volume3D, DirectionMerging.Averaged),
        new(TextureDimension.Volume3D, DirectionMerging.Merged),
    ];

    /// <summary>The three IBSI aggregations of direction-independent matrices (GLSZM, GLDZM, NGTDM, NGLDM).</summary>
    public static readonly TextureAggregation[] AllIsotropic =
    [
        new(TextureDimension.Slice2D, DirectionMerging.Averaged),
        new(TextureDimension.Slice2_5D, DirectionMerging.Averaged),
        new(TextureDimension.Volume3D, DirectionMerging.Averaged),
    ];

    /// <summary>IBSI tag suffix: <c>2D_avg</c>, <c>2_5D_comb</c>, … (directional) or <c>2D</c>, <c>2_5D</c>, <c>3D</c>.</summary>
    public string TagSuffix(bool directional)
    {
        string dim = Dimension switch
        {
            TextureDimension.Slice2D => "2D",
            TextureDimension.Slice2_5D => "2_5D",
            _ => "3D",
        };
        return directional ? dim + (Merging == DirectionMerging.Averaged ? "_avg" : "_comb") : dim;
    }
}

/// <summary>An optional re-segmentation range (IBSI 3.3.2): ROI voxels outside [Min, Max] leave the intensity mask.</summary>
public readonly record struct ResegmentationRange(double Min, double Max)
{
    public bool Contains(double value) => value >= Min && value <= Max;
}

/// <summary>
/// Feature-computation settings. Defaults are the IBSI digital-phantom settings: fixed bin size 1 (no
/// discretisation of integer images), symmetric GLCM at Chebyshev distance 1, NGTDM/NGLDM distance 1,
/// NGLDM coarseness α = 0, GLSZM/GLDZM linkage distance 1 (26-/8-connectivity).
/// </summary>
public sealed record RadiomicsSettings
{
    /// <summary>IBSI NGLDM coarseness parameter α default.</summary>
    public const int DefaultNgldmAlpha = 0;

    /// <summary>Radius of the 1 cm³ sphere of the local intensity peak (IBSI 9ST6), in mm: (3/(4π))^(1/3) cm.</summary>
    public static readonly double LocalPeakRadiusMm = 10.0 * Math.Cbrt(3.0 / (4.0 * Math.PI));

    /// <summary>Discretisation for texture matrices and the intensity histogram.</summary>
    public Discretisation Discretisation { get; init; } = new FixedBinSize(1.0);

    /// <summary>Discretisation for the intensity-volume histogram (IBSI 4.4); null = same as <see cref="Discretisation"/>.</summary>
    public Discretisation? IvhDiscretisation { get; init; }

    /// <summary>Optional image and ROI interpolation (IBSI 2.4), applied before re-segmentation; null = none.</summary>
    public ImageInterpolation? Interpolation { get; init; }

    /// <summary>Optional re-segmentation of the intensity mask (IBSI 3.3.2).</summary>
    public ResegmentationRange? Resegmentation { get; init; }

    /// <summary>
    /// Optional intensity outlier filtering (IBSI 3.3.3): voxels outside mean ± k·SD (population SD, over the ROI after any
    /// re-segmentation range) leave the intensity mask. Unlike <see cref="Resegmentation"/> it does not set the FBS
    /// origin or the IVH range.
    /// </summary>
    public double? OutlierFilteringSigma { get; init; }

    /// <summary>Chebyshev distance δ of GLCM neighbours (IBSI 3.6.1).</summary>
    public int GlcmDistance { get; init; } = 1;

    /// <summary>Count each co-occurrence in both orders (IBSI symmetric GLCM; PyRadiomics symmetricalGLCM).</summary>
    public bool SymmetricGlcm { get; init; } = true;

    /// <summary>Chebyshev neighbourhood radius δ of NGTDM and NGLDM.</summary>
    public int NeighbourhoodDistance { get; init; } = 1;

    /// <summary>NGLDM coarseness α: neighbours with |level − centre| ≤ α are dependent.</summary>
    public int NgldmAlpha { get; init; } = DefaultNgldmAlpha;

    /// <summary>Aggregations of GLCM and GLRLM features to compute.</summary>
    public IReadOnlyList<TextureAggregation> DirectionalAggregations { get; init; } = TextureAggregation.AllDirectional;

    /// <summary>Aggregations of GLSZM, GLDZM, NGTDM and NGLDM features to compute.</summary>
    public IReadOnlyList<TextureAggregation> IsotropicAggregations { get; init; } = TextureAggregation.AllIsotropic;

    /// <summary>
    /// Compute Moran's I and Geary's C (IBSI N365, NPT7). Their all-pairs sums are evaluated with FFTs on the
    /// zero-padded ROI box (memory ≈ 48 bytes × 8 × box voxels); large-cohort runs may switch them off.
    /// </summary>
    public bool SpatialAutocorrelation { get; init; } = true;

    /// <summary>How the surface mesh splits polygons of more than three vertices (morphology family).</summary>
    public Morphology.PolygonTriangulation MeshTriangulation { get; init; } = Morphology.PolygonTriangulation.LargestArea;

    /// <summary>Upper bound on threads; results are identical for any value (work is split by feature family).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
