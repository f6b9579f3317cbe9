using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Deep.Data;

/// <summary>Where a case was cut from its PET grid: the first voxel (x, y, z) and the size of the box.</summary>
public readonly record struct CropBox(Index3 Start, Size3 Size)
{
    public static CropBox Whole(Size3 size) => new(new Index3(0, 0, 0), size);
}

/// <summary>
/// Builds network input on the PET grid: channel 0 = CT resampled (linear) onto the PET grid, channel 1 =
/// PET SUV, both normalised (<see cref="PetCtNormalization"/>); labels = lesion mask resampled onto the PET
/// grid (IBSI partial-volume rule, ≥ 0.5); optionally cropped to the lungs' bounding box plus a margin.
/// </summary>
public static class PetCtCaseBuilder
{
    /// <summary>Margin around the lungs' bounding box, in millimetres.</summary>
    public const double DefaultLungMarginMm = 16;

    public static (SegmentationCase Case, CropBox Crop) Build(
        string id,
        Volume<float> pet,
        Volume ct,
        PetCtNormalization normalization,
        Volume<byte>? lesions = null,
        Volume<byte>? lungs = null,
        double lungMarginMm = DefaultLungMarginMm)
    {
        ArgumentNullException.ThrowIfNull(pet);
        ArgumentNullException.ThrowIfNull(ct);
        var grid = pet.Geometry;
        var ctOnPet = Resampler.Resample(ct.ToFloat(), grid, Interpolation.Linear, (float)normalization.CtMinHu);
        var labels = lesions is null ? new Volume<byte>(grid) : Resampler.ResampleMask(lesions, grid);
        var crop = CropBox.Whole(grid.Size);
        if (lungs is not null)
        {
            var lungsOnPet = Resampler.Resample(lungs, grid, Interpolation.Nearest);
            crop = LungBox(lungsOnPet, labels, lungMarginMm) ?? crop;
        }

        int w = crop.Size.X, h = crop.Size.Y, d = crop.Size.Z;
        int voxels = w * h * d;
        var image = new float[2 * voxels];
        var cropLabels = new byte[voxels];
        for (int z = 0; z < d; z++)
        {
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int source = grid.LinearIndex(crop.Start.X + x, crop.Start.Y + y, crop.Start.Z + z);
                    int target = (z * h + y) * w + x;
                    image[target] = normalization.Ct(ctOnPet.Voxels[source]);
                    image[voxels + target] = normalization.Pet(pet.Voxels[source]);
                    cropLabels[target] = labels.Voxels[source] != 0 ? (byte)1 : (byte)0;
                }
            }
        }

        return (new SegmentationCase(id, 2, d, h, w, image, cropLabels), crop);
    }

    /// <summary>The bounding box of lungs ∪ lesions grown by the margin, clipped to the grid; null when both are empty.</summary>
    public static CropBox? LungBox(Volume<byte> lungs, Volume<byte> lesions, double marginMm)
    {
        var size = lungs.Size;
        int x0 = int.MaxValue, y0 = int.MaxValue, z0 = int.MaxValue, x1 = -1, y1 = -1, z1 = -1;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int i = lungs.Geometry.LinearIndex(x, y, z);
                    if (lungs.Voxels[i] == 0 && lesions.Voxels[i] == 0)
                    {
                        continue;
                    }

                    x0 = Math.Min(x0, x); y0 = Math.Min(y0, y); z0 = Math.Min(z0, z);
                    x1 = Math.Max(x1, x); y1 = Math.Max(y1, y); z1 = Math.Max(z1, z);
                }
            }
        }

        if (x1 < 0)
        {
            return null;
        }

        var spacing = lungs.Geometry.Spacing;
        int mx = (int)Math.Ceiling(marginMm / spacing.X), my = (int)Math.Ceiling(marginMm / spacing.Y), mz = (int)Math.Ceiling(marginMm / spacing.Z);
        x0 = Math.Max(0, x0 - mx); y0 = Math.Max(0, y0 - my); z0 = Math.Max(0, z0 - mz);
        x1 = Math.Min(size.X - 1, x1 + mx); y1 = Math.Min(size.Y - 1, y1 + my); z1 = Math.Min(size.Z - 1, z1 + mz);
        return new CropBox(new Index3(x0, y0, z0), new Size3(x1 - x0 + 1, y1 - y0 + 1, z1 - z0 + 1));
    }
}
