using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Radiomics.PyRadiomics.Parameters;

namespace PulmoPet.Radiomics.PyRadiomics;

/// <summary>
/// PyRadiomics' segment-based extraction driven by a parameter file (featureextractor.py execute): check the mask
/// (checkMask: grid, minimumROIDimensions, minimumROISize), normalise the image when asked, derive every enabled
/// image type, then compute the enabled classes on each (shape on the original image only) and keep the requested
/// features. Names are <c>&lt;imageType&gt;_&lt;class&gt;_&lt;Feature&gt;</c>; numeric <c>diagnostics_*</c> columns come first
/// when additionalInfo is on. Results do not depend on <see cref="MaxDegreeOfParallelism"/>.
/// </summary>
public sealed class PyRadiomicsPipeline(PyRadiomicsParameters parameters)
{
    public PyRadiomicsParameters Parameters { get; } = parameters;

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <exception cref="InvalidInputException">The mask, the ROI or a setting cannot be used (message says which).</exception>
    public FeatureVector Extract(Volume image, Volume mask)
    {
        var s = Parameters.Settings;
        Validate(Parameters);
        mask = AlignMask(image, mask, s);
        var (voxels, boxStart, boxSize) = CheckMask(mask, s);
        var classes = Classes(Parameters.FeatureClasses);
        var result = new FeatureVector();
        if (s.AdditionalInfo) AddDiagnostics(result, image, voxels);

        // loadImage order: normalise the whole image, then resample around the ROI, then checkMask again.
        Volume prepared = s.Normalize ? PyRadiomicsExtractor.Normalized(image, s.NormalizeScale, s.RemoveOutliers) : image;
        if (s.ResampledPixelSpacing is not null)
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism) };
            var resampled = PyRadiomicsResampling.Resample(prepared, mask, s, boxStart, boxSize, options);
            if (!ReferenceEquals(resampled.Mask, mask))
            {
                (prepared, mask) = resampled;
                int interpolatedVoxels = CheckMask(mask, s).Voxels;
                if (s.AdditionalInfo) AddInterpolatedDiagnostics(result, prepared, mask, s.Label, interpolatedVoxels);
            }
        }

        foreach (var type in Parameters.ImageTypes)
        {
            var typeClasses = type.Kind == ImageTypeKind.Original ? classes : [.. classes.Where(c => c != PyRadiomicsClass.Shape)];
            if (typeClasses.Length == 0) continue;
            var settings = type.Settings with { Normalize = false, Classes = typeClasses };
            var extractor = new PyRadiomicsExtractor(settings) { MaxDegreeOfParallelism = MaxDegreeOfParallelism };
            foreach (var (prefix, derived) in ImageTypes.Derive(type, prepared))
            {
                foreach (var (name, value) in extractor.Extract(derived, mask))
                {
                    if (Selected(name)) result.Add(prefix + name["original".Length..], value);
                }
            }
        }

        foreach (var selection in Parameters.FeatureClasses.Where(c => c.Features is not null && classes.Length > 0))
        {
            foreach (string feature in selection.Features!)
            {
                if (!result.Names.Any(n => n.EndsWith($"_{selection.Name}_{feature}", StringComparison.Ordinal)))
                {
                    throw new InvalidInputException($"Feature '{feature}' of class {selection.Name} does not exist (or is deprecated) in PyRadiomics.");
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Features PyRadiomics marks <c>@deprecated</c> (firstorder.py, shape.py): computed only when a parameter file
    /// lists them by name, never for a class enabled as a whole.
    /// </summary>
    public static readonly IReadOnlySet<string> Deprecated = new HashSet<string>(StringComparer.Ordinal)
    {
        "firstorder_StandardDeviation", "shape_Compactness1", "shape_Compactness2", "shape_SphericalDisproportion",
    };

    /// <summary>Whether <c>original_&lt;class&gt;_&lt;Feature&gt;</c> is enabled by featureClass.</summary>
    private bool Selected(string name)
    {
        var parts = name.Split('_', 3);
        var selection = Parameters.FeatureClasses.FirstOrDefault(c => c.Name == parts[1]);
        return selection is not null && (selection.Features is null
            ? !Deprecated.Contains($"{parts[1]}_{parts[2]}")
            : selection.Features.Contains(parts[2]));
    }

    private static void Validate(PyRadiomicsParameters p)
    {
        foreach (var type in p.ImageTypes)
        {
            var s = type.Settings;
            if (s.Force2D && s.Force2DDimension != 0)
            {
                throw new InvalidInputException("force2Ddimension 1 or 2 (coronal/sagittal slices) is not supported; only 0 (axial).");
            }
        }

        if (p.Settings.ResampledPixelSpacing is not null) PyRadiomicsResampling.Interpolator(p.Settings.Interpolator);
        if (p.FeatureClasses.Any(c => c.Name == "shape2D"))
        {
            throw new InvalidInputException("Feature class shape2D is not supported; use shape (3D).");
        }
    }

    private static PyRadiomicsClass[] Classes(IReadOnlyList<FeatureClassSelection> selections) =>
        [.. selections.Select(c => Enum.Parse<PyRadiomicsClass>(c.Name, ignoreCase: true)).Distinct().Order()];

    /// <summary>PyRadiomics checkMask: the mask must lie on the image grid (within geometryTolerance), else correctMask resamples it.</summary>
    private static Volume AlignMask(Volume image, Volume mask, PyRadiomicsSettings s)
    {
        if (image.Geometry.IsSameGrid(mask.Geometry)) return mask;
        if (s.GeometryTolerance is double tolerance && image.Geometry.IsSameGrid(mask.Geometry, tolerance))
        {
            return mask.ToFloat().WithGeometry(image.Geometry);
        }

        if (s.CorrectMask)
        {
            return Resampler.Resample(mask.ToFloat(), image.Geometry, Interpolation.Nearest);
        }

        image.Geometry.EnsureSameGrid(mask.Geometry, "mask");
        return mask;
    }

    /// <summary>PyRadiomics checkMask: the ROI's voxel count and bounding box, checked against the minimum size and dimensions.</summary>
    private static (int Voxels, Index3 BoxStart, Size3 BoxSize) CheckMask(Volume mask, PyRadiomicsSettings s)
    {
        var size = mask.Geometry.Size;
        int[] lo = [int.MaxValue, int.MaxValue, int.MaxValue], hi = [-1, -1, -1];
        int count = 0;
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    if (mask.GetValue(i) != s.Label) continue;
                    count++;
                    lo[0] = Math.Min(lo[0], x); hi[0] = Math.Max(hi[0], x);
                    lo[1] = Math.Min(lo[1], y); hi[1] = Math.Max(hi[1], y);
                    lo[2] = Math.Min(lo[2], z); hi[2] = Math.Max(hi[2], z);
                }
            }
        }

        if (count == 0) throw new InvalidInputException($"The mask has no voxel with label {s.Label}.");
        int dims = Enumerable.Range(0, 3).Count(a => hi[a] > lo[a]);
        if (dims < s.MinimumRoiDimensions)
        {
            throw new InvalidInputException($"The ROI spans {dims} dimension(s); minimumROIDimensions is {s.MinimumRoiDimensions}.");
        }

        if (s.MinimumRoiSize is int min && count < min)
        {
            throw new InvalidInputException($"The ROI has {count} voxels; minimumROISize is {min}.");
        }

        return (count, new Index3(lo[0], lo[1], lo[2]), new Size3(hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1));
    }

    /// <summary>
    /// Numeric diagnostics of the resampled image and mask (generalinfo.py addImageElements/addMaskElements with
    /// 'interpolated'): whole-grid mean/min/max, the ROI voxel count and the mean/min/max of the image inside the ROI.
    /// </summary>
    private static void AddInterpolatedDiagnostics(FeatureVector result, Volume image, Volume mask, int label, int voxels)
    {
        var (mean, min, max) = Summary(image, null, label);
        result.Add("diagnostics_Image-interpolated_Mean", mean);
        result.Add("diagnostics_Image-interpolated_Minimum", min);
        result.Add("diagnostics_Image-interpolated_Maximum", max);
        result.Add("diagnostics_Mask-interpolated_VoxelNum", voxels);
        (mean, min, max) = Summary(image, mask, label);
        result.Add("diagnostics_Mask-interpolated_Mean", mean);
        result.Add("diagnostics_Mask-interpolated_Minimum", min);
        result.Add("diagnostics_Mask-interpolated_Maximum", max);
    }

    private static (double Mean, double Min, double Max) Summary(Volume image, Volume? mask, int label)
    {
        int n = (int)image.Geometry.VoxelCount, count = 0;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            if (mask is not null && mask.GetValue(i) != label) continue;
            double v = image.GetValue(i);
            sum += v;
            count++;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (sum / count, min, max);
    }

    /// <summary>Numeric PyRadiomics diagnostics (generalinfo.py): image mean/min/max and the ROI voxel count.</summary>
    private static void AddDiagnostics(FeatureVector result, Volume image, int voxels)
    {
        int n = (int)image.Geometry.VoxelCount;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            double v = image.GetValue(i);
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        result.Add("diagnostics_Image-original_Mean", sum / n);
        result.Add("diagnostics_Image-original_Minimum", min);
        result.Add("diagnostics_Image-original_Maximum", max);
        result.Add("diagnostics_Mask-original_VoxelNum", voxels);
    }
}
