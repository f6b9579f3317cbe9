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

    /// <summary>resegmentShape: shape features use the re-segmented ROI too (PyRadiomics default false).</summary>
    public bool ResegmentShape { get; init; }

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

    /// <summary>force2Ddimension: the axis normal to the 2D slices (0 = axial z, 1 = coronal y, 2 = sagittal x).</summary>
    public int Force2DDimension { get; init; }

    /// <summary>resampledPixelSpacing: target spacing (x, y, z) in mm, 0 = keep that axis; null = no resampling (PyRadiomics default).</summary>
    public IReadOnlyList<double>? ResampledPixelSpacing { get; init; }

    /// <summary>interpolator: the SimpleITK interpolator name used for resampling (PyRadiomics default sitkBSpline).</summary>
    public string Interpolator { get; init; } = "sitkBSpline";

    /// <summary>padDistance: voxels kept around the ROI when cropping before resampling or filtering (PyRadiomics default 5).</summary>
    public int PadDistance { get; init; } = 5;

    /// <summary>removeOutliers: with normalize, normalised values are clipped to ±k before scaling; null = off.</summary>
    public double? RemoveOutliers { get; init; }

    /// <summary>minimumROIDimensions: the ROI must extend over more than one voxel in at least this many axes (default 1).</summary>
    public int MinimumRoiDimensions { get; init; } = 1;

    /// <summary>minimumROISize: the ROI must hold at least this many voxels; null = no check.</summary>
    public int? MinimumRoiSize { get; init; }

    /// <summary>correctMask: a mask on a different grid is resampled (nearest neighbour) onto the image grid when it overlaps it.</summary>
    public bool CorrectMask { get; init; }

    /// <summary>geometryTolerance: tolerance of the image/mask grid comparison; null = PulmoPet.Imaging's default.</summary>
    public double? GeometryTolerance { get; init; }

    /// <summary>preCrop: PyRadiomics crops image and mask to the ROI plus padDistance before filtering. Read, not applied: PulmoPet filters the whole image.</summary>
    public bool PreCrop { get; init; }

    /// <summary>additionalInfo: add the <c>diagnostics_*</c> columns (PyRadiomics default true).</summary>
    public bool AdditionalInfo { get; init; } = true;

    /// <summary>sigma: LoG filter widths in mm (image type LoG).</summary>
    public IReadOnlyList<double> Sigma { get; init; } = [];

    /// <summary>start_level: first wavelet decomposition level used (image type Wavelet, default 0).</summary>
    public int StartLevel { get; init; }

    /// <summary>level: number of wavelet levels (image type Wavelet, default 1).</summary>
    public int Level { get; init; } = 1;

    /// <summary>wavelet: the PyWavelets wavelet name (image type Wavelet, default coif1).</summary>
    public string Wavelet { get; init; } = "coif1";

    /// <summary>gradientUseSpacing: the Gradient image type uses the voxel spacing (default true).</summary>
    public bool GradientUseSpacing { get; init; } = true;

    /// <summary>Enabled feature classes.</summary>
    public IReadOnlyList<PyRadiomicsClass> Classes { get; init; } = Enum.GetValues<PyRadiomicsClass>();

    /// <summary>The discretisation these settings select.</summary>
    public Discretisation Discretisation => BinCount is int n ? new FixedBinNumber(n) : new PyRadiomicsBinWidth(BinWidth);

    /// <summary>The texture aggregation these settings select (3D or 2.5D; angles averaged or merged).</summary>
    public TextureAggregation Aggregation => new(
        Force2D ? TextureDimension.Slice2_5D : TextureDimension.Volume3D,
        MergeAngles ? DirectionMerging.Merged : DirectionMerging.Averaged);
}
