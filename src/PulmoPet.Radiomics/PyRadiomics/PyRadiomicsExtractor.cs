using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.PyRadiomics;

/// <summary>
/// PyRadiomics-compatible extraction of the original image (names <c>original_&lt;class&gt;_&lt;Feature&gt;</c>),
/// following its harness: ROI = mask == label, optional re-segmentation (never for shape), discretisation over
/// the ROI, then each enabled class. Classes run in parallel and are joined in a fixed order. Normalisation
/// (normalize/normalizeScale) is applied; resampling (resampledPixelSpacing) is done by <see cref="PyRadiomicsPipeline"/>.
/// </summary>
public sealed class PyRadiomicsExtractor
{
    public PyRadiomicsExtractor(PyRadiomicsSettings settings)
    {
        Settings = settings;
    }

    public PyRadiomicsSettings Settings { get; }

    /// <summary>Upper bound on threads; results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <exception cref="GeometryMismatchException">The mask is not on the image grid.</exception>
    /// <exception cref="InvalidInputException">The ROI is empty, or re-segmentation empties it.</exception>
    public FeatureVector Extract(Volume image, Volume mask)
    {
        var s = Settings;
        if (s.Normalize) image = Normalized(image, s.NormalizeScale, s.RemoveOutliers);
        var shapeRoi = RegionOfInterest.Create(image, mask, s.Label);
        ResegmentationRange? range = s.ResegmentRange;
        if (s.ResegmentSigma is double k)
        {
            double mean = shapeRoi.Values.Average();
            double sd = Math.Sqrt(shapeRoi.Values.Sum(v => (v - mean) * (v - mean)) / shapeRoi.VoxelCount);
            range = new ResegmentationRange(mean - k * sd, mean + k * sd);
        }

        var roi = range is null ? shapeRoi : RegionOfInterest.Create(image, mask, s.Label, range);
        var levels = GrayLevelVolume.Create(roi, s.Discretisation);
        var classes = s.Classes.Distinct().Order().ToArray();
        var results = new FeatureVector[classes.Length];
        Parallel.For(0, classes.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism) }, i =>
        {
            results[i] = classes[i] switch
            {
                PyRadiomicsClass.FirstOrder => FirstOrderFeatures.Compute(roi, levels, s),
                PyRadiomicsClass.Shape => ShapeFeatures.Compute(s.ResegmentShape ? roi : shapeRoi),
                PyRadiomicsClass.Glcm => TextureFeatures.ComputeGlcm(levels, s),
                PyRadiomicsClass.Glrlm => TextureFeatures.ComputeGlrlm(levels, s),
                PyRadiomicsClass.Glszm => TextureFeatures.ComputeGlszm(levels, s),
                PyRadiomicsClass.Gldm => TextureFeatures.ComputeGldm(levels, s),
                PyRadiomicsClass.Ngtdm => TextureFeatures.ComputeNgtdm(levels, s),
                _ => throw new ArgumentOutOfRangeException(nameof(classes)),
            };
        });

        var all = new FeatureVector();
        foreach (var r in results) all.AddRange(r);
        return all;
    }

    /// <summary>
    /// PyRadiomics normalizeImage (imageoperations.py): (x − mean) / SD over every voxel of the image (population SD),
    /// clipped to ±removeOutliers when set, then multiplied by the scale.
    /// </summary>
    internal static Volume<double> Normalized(Volume image, double scale, double? removeOutliers = null)
    {
        int n = (int)image.Geometry.VoxelCount;
        double mean = 0;
        for (int i = 0; i < n; i++) mean += image.GetValue(i);
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) variance += (image.GetValue(i) - mean) * (image.GetValue(i) - mean);
        double sd = Math.Sqrt(variance / n);
        if (!(sd > 0))
        {
            throw new InvalidInputException("The image is constant, so it cannot be normalised (PyRadiomics normalize).");
        }

        var result = new Volume<double>(image.Geometry);
        double clip = removeOutliers ?? double.PositiveInfinity;
        for (int i = 0; i < n; i++) result.Voxels[i] = Math.Clamp((image.GetValue(i) - mean) / sd, -clip, clip) * scale;
        return result;
    }
}
