namespace PulmoPet.Radiomics.PyRadiomics;

/// <summary>PyRadiomics feature classes (radiomics/*.py).</summary>
public enum PyRadiomicsClass
{
    FirstOrder,
    Shape,
    Glcm,
    Glrlm,
    Glszm,
    Gldm,
    Ngtdm,
}

/// <summary>
/// The PyRadiomics parameter-file settings that change feature values (names as in its paramSchema.yaml).
/// Defaults are PyRadiomics' own: binWidth 25, no shift, distance 1, symmetrical GLCM, gldm_a 0, 3D.
/// </summary>
public sealed record PyRadiomicsSettings
{
    /// <summary>binWidth: PyRadiomics fixed bin width (bins at multiples of the width); ignored when <see cref="BinCount"/> is set.</summary>
    public double BinWidth { get; init; } = 25;

    /// <summary>binCount: fixed bin number instead of a bin width.</summary>
    public int? BinCount { get; init; }

    /// <summary>voxelArrayShift: added to intensities for Energy, TotalEnergy and RootMeanSquared only.</summary>
    public double VoxelArrayShift { get; init; }

    /// <summary>normalize: the whole image becomes (x − mean) / SD · <see cref="NormalizeScale"/> before anything else.</summary>
    public bool Normalize { get; init; }

    /// <summary>normalizeScale: the factor applied after normalisation.</summary>
    public double NormalizeScale { get; init; } = 1;

    /// <summary>resegmentRange with resegmentMode absolute: [min, max]; use ±∞ for an open side (PyRadiomics [lower] = lower only).</summary>
    public ResegmentationRange? ResegmentRange { get; init; }

    /// <summary>resegmentMode sigma: keep voxels within mean ± k·SD (population SD) of the ROI; null = off.</summary>
    public double? ResegmentSigma { get; init; }

    /// <summary>force2D: in-plane (axial) neighbours only; matrices of all slices merged (IBSI 2.5D).</summary>
    public bool Force2D { get; init; }

    /// <summary>weightingNorm no_weighting: GLCM/GLRLM of all angles summed (IBSI merged); null = averaged.</summary>
    public bool MergeAngles { get; init; }

    /// <summary>distances (PyRadiomics allows several; one is supported here).</summary>
    public int Distance { get; init; } = 1;

    /// <summary>symmetricalGLCM.</summary>
    public bool SymmetricalGlcm { get; init; } = true;

    /// <summary>gldm_a: dependence coarseness α.</summary>
    public int GldmAlpha { get; init; }

    /// <summary>label: the mask value of the ROI.</summary>
    public int Label { get; init; } = 1;

    /// <summary>Enabled feature classes.</summary>
    public IReadOnlyList<PyRadiomicsClass> Classes { get; init; } = Enum.GetValues<PyRadiomicsClass>();

    /// <summary>The discretisation these settings select.</summary>
    public Discretisation Discretisation => BinCount is int n ? new FixedBinNumber(n) : new PyRadiomicsBinWidth(BinWidth);

    /// <summary>The texture aggregation these settings select (3D or 2.5D; angles averaged or merged).</summary>
    public TextureAggregation Aggregation => new(
        Force2D ? TextureDimension.Slice2_5D : TextureDimension.Volume3D,
        MergeAngles ? DirectionMerging.Merged : DirectionMerging.Averaged);
}
