using System.Numerics;

namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Crops, pads and extracts index boxes. The result keeps spacing and direction; its origin is the world
/// position of its first voxel (<see cref="ImageGeometry.SubGrid"/>), so every voxel keeps its world position.
/// </summary>
public static class CropAndPad
{
    /// <summary>The voxels of <paramref name="box"/>, which must lie inside the image.</summary>
    public static Volume<T> Crop<T>(Volume<T> image, IndexBox box)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        if (box.IsEmpty || !box.IsInside(image.Size))
        {
            throw new InvalidInputException($"The crop box {box} does not lie inside the image of {image.Size} voxels.");
        }

        return Extract(image, box.Min, box.Size);
    }

    /// <summary>
    /// The sub-grid starting at <paramref name="start"/> with <paramref name="size"/> voxels; it may extend
    /// outside the image, where it holds <paramref name="outsideValue"/>.
    /// </summary>
    public static Volume<T> Extract<T>(Volume<T> image, Index3 start, Size3 size, T outsideValue = default)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        var result = new Volume<T>(image.Geometry.SubGrid(start, size));
        var inside = new IndexBox(start, new Index3(start.X + size.X - 1, start.Y + size.Y - 1, start.Z + size.Z - 1)).ClipTo(image.Size);
        if (inside.IsEmpty || inside.Size.VoxelCount != size.VoxelCount)
        {
            result.Fill(outsideValue);
        }

        if (inside.IsEmpty)
        {
            return result;
        }

        int rowLength = inside.Size.X;
        for (int z = inside.Min.Z; z <= inside.Max.Z; z++)
        {
            for (int y = inside.Min.Y; y <= inside.Max.Y; y++)
            {
                var from = image.Voxels.AsSpan(image.Geometry.LinearIndex(inside.Min.X, y, z), rowLength);
                var to = result.Voxels.AsSpan(result.Geometry.LinearIndex(inside.Min.X - start.X, y - start.Y, z - start.Z), rowLength);
                from.CopyTo(to);
            }
        }

        return result;
    }

    /// <summary>Pads by <paramref name="voxels"/> on every side of every axis with <paramref name="value"/>.</summary>
    public static Volume<T> Pad<T>(Volume<T> image, int voxels, T value = default)
        where T : unmanaged, INumber<T>
    {
        var margin = new Index3(voxels, voxels, voxels);
        return Pad(image, margin, margin, value);
    }

    /// <summary>Pads by <paramref name="before"/> voxels before index 0 and <paramref name="after"/> beyond the last, per axis.</summary>
    public static Volume<T> Pad<T>(Volume<T> image, Index3 before, Index3 after, T value = default)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        if (before.X < 0 || before.Y < 0 || before.Z < 0 || after.X < 0 || after.Y < 0 || after.Z < 0)
        {
            throw new InvalidInputException($"Padding {before} before and {after} after must not be negative.");
        }

        var size = image.Size;
        return Extract(
            image,
            new Index3(-before.X, -before.Y, -before.Z),
            new Size3(size.X + before.X + after.X, size.Y + before.Y + after.Y, size.Z + before.Z + after.Z),
            value);
    }

    /// <summary>The inclusive bounding box of the nonzero voxels, or null when the mask is empty.</summary>
    public static IndexBox? BoundingBox(Volume<byte> mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var size = mask.Size;
        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue;
        int maxX = -1, maxY = -1, maxZ = -1;
        for (int z = 0; z < size.Z; z++)
        {
            var slice = mask.Slice(z);
            for (int y = 0; y < size.Y; y++)
            {
                var row = slice.Slice(y * size.X, size.X);
                int first = row.IndexOfAnyExcept((byte)0);
                if (first < 0)
                {
                    continue;
                }

                int last = row.LastIndexOfAnyExcept((byte)0);
                minX = Math.Min(minX, first);
                maxX = Math.Max(maxX, last);
                minY = Math.Min(minY, y);
                maxY = Math.Max(maxY, y);
                minZ = Math.Min(minZ, z);
                maxZ = z;
            }
        }

        return maxZ < 0 ? null : new IndexBox(new Index3(minX, minY, minZ), new Index3(maxX, maxY, maxZ));
    }

    /// <summary>
    /// The mask's bounding box grown by <paramref name="marginMm"/> on every side (⌈margin / spacing⌉ voxels
    /// per axis) and clipped to the image. Throws <see cref="InvalidInputException"/> when the mask is empty.
    /// </summary>
    public static IndexBox BoundingBoxWithMargin(Volume<byte> mask, double marginMm)
    {
        if (!double.IsFinite(marginMm) || marginMm < 0)
        {
            throw new InvalidInputException(FormattableString.Invariant($"The crop margin {marginMm} mm must be finite and not negative."));
        }

        var box = BoundingBox(mask) ?? throw new InvalidInputException("The mask is empty, so there is no region to crop to.");
        var spacing = mask.Geometry.Spacing;
        var margin = new Index3(MarginVoxels(marginMm, spacing.X), MarginVoxels(marginMm, spacing.Y), MarginVoxels(marginMm, spacing.Z));
        return box.Expand(margin).ClipTo(mask.Size);
    }

    /// <summary>
    /// Crops <paramref name="image"/> to the bounding box of <paramref name="mask"/> (same grid) grown by
    /// <paramref name="marginMm"/>; crop the mask with the same box via <see cref="BoundingBoxWithMargin"/>.
    /// </summary>
    public static Volume<T> CropToMask<T>(Volume<T> image, Volume<byte> mask, double marginMm)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        image.Geometry.EnsureSameGrid(mask.Geometry, "The mask");
        return Crop(image, BoundingBoxWithMargin(mask, marginMm));
    }

    // 1e-9 so that a margin of exactly k voxels is not rounded up to k + 1.
    private static int MarginVoxels(double marginMm, double spacing) => (int)Math.Ceiling(marginMm / spacing - 1e-9);
}
