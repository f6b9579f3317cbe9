namespace PulmoPet.Radiomics.PyRadiomics.Parameters;

/// <summary>
/// A PyRadiomics parameter file (radiomics/schemas/paramSchema.yaml): the image types to extract from, the
/// enabled feature classes and the settings. Defaults are PyRadiomics' own: with no <c>imageType</c> only
/// Original, with no <c>featureClass</c> every 3D class (firstorder, shape, glcm, glrlm, glszm, gldm, ngtdm).
/// </summary>
public sealed record PyRadiomicsParameters
{
    /// <summary>PyRadiomics' default classes when the file names none (radiomics/featureextractor.py, enableAllFeatures without shape2D).</summary>
    public static readonly IReadOnlyList<string> DefaultClasses = ["firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    /// <summary>The image types in file order, each with its effective settings (file settings overridden by the image type's own).</summary>
    public IReadOnlyList<ImageTypeParameters> ImageTypes { get; init; } = [new ImageTypeParameters(ImageTypeKind.Original, new PyRadiomicsSettings())];

    /// <summary>Enabled feature classes in file order; a null list enables every (non-deprecated) feature of the class.</summary>
    public IReadOnlyList<FeatureClassSelection> FeatureClasses { get; init; } =
        [.. DefaultClasses.Select(c => new FeatureClassSelection(c, null))];

    /// <summary>The <c>setting</c> section applied to PyRadiomics' defaults.</summary>
    public PyRadiomicsSettings Settings { get; init; } = new();

    /// <summary>The <c>voxelSetting</c> section (voxel-based extraction); null when absent.</summary>
    public VoxelSettings? VoxelSettings { get; init; }

    /// <summary>The same parameters with another ROI label (in the settings and every image type).</summary>
    public PyRadiomicsParameters WithLabel(int label) => this with
    {
        Settings = Settings with { Label = label },
        ImageTypes = [.. ImageTypes.Select(t => t with { Settings = t.Settings with { Label = label } })],
    };
}

/// <summary>PyRadiomics image types (radiomics/imageoperations.py get&lt;Name&gt;Image).</summary>
public enum ImageTypeKind
{
    Original,
    LoG,
    Wavelet,
    Square,
    SquareRoot,
    Logarithm,
    Exponential,
    Gradient,
    LBP2D,
    LBP3D,
}

/// <summary>One enabled image type and the settings it runs with.</summary>
public sealed record ImageTypeParameters(ImageTypeKind Kind, PyRadiomicsSettings Settings);

/// <summary>One enabled feature class (PyRadiomics name, e.g. <c>glcm</c>) and its feature names, null = all.</summary>
public sealed record FeatureClassSelection(string Name, IReadOnlyList<string>? Features);

/// <summary>PyRadiomics <c>voxelSetting</c> (voxel-based extraction).</summary>
public sealed record VoxelSettings
{
    public int KernelRadius { get; init; } = 1;

    public bool MaskedKernel { get; init; } = true;

    public double InitValue { get; init; }

    public int? VoxelBatch { get; init; }
}
