using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Radiomics.PyRadiomics;

/// <summary>
/// PyRadiomics resampleImage (imageoperations.py): the image and mask are resampled to resampledPixelSpacing on a grid
/// that covers the ROI's bounding box plus padDistance new voxels, clipped to the original extent, whose first voxel is
/// aligned with the corner of the original bounding box (not IBSI's grid-centre alignment). The image uses the
/// SimpleITK interpolator (sitkBSpline = cubic B-spline, mirror boundary) and keeps its pixel type, so integer images
/// are truncated toward zero and saturated as ITK's ResampleImageFilter casts; the mask is resampled by nearest
/// neighbour. A spacing of 0, or an axis where the ROI spans one voxel, keeps the original spacing.
/// </summary>
public static class PyRadiomicsResampling
{
    /// <summary>The interpolators PulmoPet implements, by SimpleITK name.</summary>
    public static readonly IReadOnlyDictionary<string, Interpolation> Interpolators = new Dictionary<string, Interpolation>(StringComparer.Ordinal)
    {
        ["sitkNearestNeighbor"] = Interpolation.Nearest,
        ["sitkLinear"] = Interpolation.Linear,
        ["sitkBSpline"] = Interpolation.BSpline,
    };

    /// <summary>The interpolation a SimpleITK interpolator name selects.</summary>
    /// <exception cref="InvalidInputException">The interpolator is not one of <see cref="Interpolators"/>.</exception>
    public static Interpolation Interpolator(string name) => Interpolators.TryGetValue(name, out var method)
        ? method
        : throw new InvalidInputException(
            $"interpolator '{name}' is not supported for resampling; use one of {string.Join(", ", Interpolators.Keys)}.");

    /// <summary>
    /// The resampling grid of PyRadiomics for a ROI whose bounding box starts at <paramref name="boxStart"/> with
    /// <paramref name="boxSize"/> voxels; null when the new spacing equals the image's (numpy.allclose), where PyRadiomics
    /// does not interpolate.
    /// </summary>
    public static ImageGeometry? Grid(ImageGeometry source, IReadOnlyList<double> spacing, Index3 boxStart, Size3 boxSize, int padDistance)
    {
        if (spacing.Count != 3)
        {
            throw new InvalidInputException($"resampledPixelSpacing has {spacing.Count} values; the image has 3 dimensions.");
        }

        double[] old = [source.Spacing.X, source.Spacing.Y, source.Spacing.Z];
        int[] start = [boxStart.X, boxStart.Y, boxStart.Z], extent = [boxSize.X, boxSize.Y, boxSize.Z];
        int[] size = [source.Size.X, source.Size.Y, source.Size.Z];
        var target = new double[3];
        var newSize = new int[3];
        var originIndex = new double[3];
        bool same = true;
        for (int d = 0; d < 3; d++)
        {
            target[d] = spacing[d] == 0 || extent[d] == 1 ? old[d] : spacing[d];
            same &= Math.Abs(old[d] - target[d]) <= 1e-8 + 1e-5 * Math.Abs(target[d]);
        }

        if (same) return null;
        for (int d = 0; d < 3; d++)
        {
            // Bounds in the new index space: floor/ceil with half a voxel and padDistance, kept inside the image.
            double ratio = old[d] / target[d];
            double lower = Math.Max(0, Math.Floor((start[d] - 0.5) * ratio - padDistance));
            double upper = Math.Min(Math.Ceiling(size[d] * ratio) - 1, Math.Ceiling((start[d] + extent[d] - 0.5) * ratio + padDistance));
            newSize[d] = (int)(upper - lower + 1);

            // Continuous original index of the new first voxel centre: its corner lies on the original corner.
            originIndex[d] = 0.5 * (target[d] - old[d]) / old[d] + lower / ratio;
        }

        return new ImageGeometry(
            new Size3(newSize[0], newSize[1], newSize[2]),
            new Vector3D(target[0], target[1], target[2]),
            source.IndexToWorld(new Vector3D(originIndex[0], originIndex[1], originIndex[2])),
            source.Direction);
    }

    /// <summary>Resamples image and mask as PyRadiomics does; unchanged when the grid would not change.</summary>
    public static (Volume Image, Volume Mask) Resample(
        Volume image, Volume mask, PyRadiomicsSettings settings, Index3 boxStart, Size3 boxSize, ParallelOptions? options = null)
    {
        var method = Interpolator(settings.Interpolator);
        if (settings.ResampledPixelSpacing is not { } spacing) return (image, mask);
        var grid = Grid(mask.Geometry, spacing, boxStart, boxSize, settings.PadDistance);
        if (grid is null) return (image, mask);
        var resampled = Resampler.Resample(image.ConvertTo<double>(), grid, method, 0.0, options);
        CastLike(image.VoxelType, resampled.Voxels);
        return (resampled, NearestMask(mask, grid));
    }

    /// <summary>
    /// Nearest-neighbour mask resampling with ITK's arithmetic: each target voxel centre goes to world and back through
    /// the inverse index-to-world matrix, then rounds half up. The voxel-by-voxel world round trip matters because the
    /// grid puts many centres exactly half-way between original voxels (e.g. 2.1 mm slices resampled to 2 mm), where
    /// the last bit decides the voxel.
    /// </summary>
    private static Volume<float> NearestMask(Volume mask, ImageGeometry grid)
    {
        var result = new Volume<float>(grid);
        var source = mask.Geometry;
        var size = source.Size;
        for (int z = 0, i = 0; z < grid.Size.Z; z++)
        {
            for (int y = 0; y < grid.Size.Y; y++)
            {
                for (int x = 0; x < grid.Size.X; x++, i++)
                {
                    var c = source.WorldToIndex(grid.IndexToWorld(x, y, z));
                    int sx = (int)Math.Floor(c.X + 0.5), sy = (int)Math.Floor(c.Y + 0.5), sz = (int)Math.Floor(c.Z + 0.5);
                    if (sx >= 0 && sy >= 0 && sz >= 0 && sx < size.X && sy < size.Y && sz < size.Z)
                    {
                        result.Voxels[i] = (float)mask.GetValue(source.LinearIndex(sx, sy, sz));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>ITK's cast to the input pixel type: truncation toward zero, saturated to the type's range.</summary>
    private static void CastLike(VoxelType type, double[] values)
    {
        (double min, double max) = type switch
        {
            VoxelType.UInt8 => (byte.MinValue, byte.MaxValue),
            VoxelType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
            VoxelType.Int16 => (short.MinValue, short.MaxValue),
            VoxelType.UInt16 => (ushort.MinValue, ushort.MaxValue),
            VoxelType.Int32 => (int.MinValue, int.MaxValue),
            VoxelType.UInt32 => (uint.MinValue, uint.MaxValue),
            VoxelType.Float32 => (double.NaN, double.NaN),
            _ => (double.NaN, double.NaN),
        };
        if (double.IsNaN(min))
        {
            if (type == VoxelType.Float32)
            {
                for (int i = 0; i < values.Length; i++) values[i] = (float)values[i];
            }

            return;
        }

        for (int i = 0; i < values.Length; i++) values[i] = Math.Clamp(Math.Truncate(values[i]), min, max);
    }
}
