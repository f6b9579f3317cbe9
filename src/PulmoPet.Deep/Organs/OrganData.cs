using PulmoPet.Deep.Data;
using PulmoPet.Imaging;

namespace PulmoPet.Deep.Organs;

/// <summary>
/// PET-only organ segmentation cases: one PET channel (SUV clipped and scaled by <see cref="PetCtNormalization"/>),
/// the organ labels on the PET grid (label value = class index), cropped to where the PET is nonzero (the body
/// and its blur), which is found the same way at inference and needs no CT.
/// </summary>
public static class OrganData
{
    public static (SegmentationCase Case, CropBox Crop) Build(string id, Volume<float> pet, PetCtNormalization normalization, Volume<byte>? organs = null)
    {
        ArgumentNullException.ThrowIfNull(pet);
        ArgumentNullException.ThrowIfNull(normalization);
        if (organs is not null)
        {
            pet.Geometry.EnsureSameGrid(organs.Geometry, $"The organ labels of case {id}");
        }

        CropBox crop = BodyBox(pet) ?? throw new InvalidInputException($"Case {id}: the PET is zero everywhere.");
        int w = crop.Size.X, h = crop.Size.Y, d = crop.Size.Z;
        var image = new float[w * h * d];
        var labels = new byte[w * h * d];
        for (int z = 0; z < d; z++)
        {
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int source = pet.Geometry.LinearIndex(crop.Start.X + x, crop.Start.Y + y, crop.Start.Z + z);
                    int target = (z * h + y) * w + x;
                    image[target] = normalization.Pet(pet.Voxels[source]);
                    labels[target] = organs?.Voxels[source] ?? 0;
                }
            }
        }

        return (new SegmentationCase(id, 1, d, h, w, image, labels), crop);
    }

    /// <summary>The bounding box of the nonzero PET voxels, or null when there are none.</summary>
    public static CropBox? BodyBox(Volume<float> pet)
    {
        ArgumentNullException.ThrowIfNull(pet);
        var mask = new Volume<byte>(pet.Geometry);
        for (int i = 0; i < mask.Voxels.Length; i++)
        {
            mask.Voxels[i] = pet.Voxels[i] > 0 ? (byte)1 : (byte)0;
        }

        return PetCtCaseBuilder.LungBox(mask, new Volume<byte>(pet.Geometry), 0);
    }

    /// <summary>Places a crop's labels back on the full grid (background outside).</summary>
    public static Volume<byte> Uncrop(byte[] values, ImageGeometry grid, CropBox crop)
    {
        ArgumentNullException.ThrowIfNull(values);
        var volume = new Volume<byte>(grid);
        for (int z = 0; z < crop.Size.Z; z++)
        {
            for (int y = 0; y < crop.Size.Y; y++)
            {
                for (int x = 0; x < crop.Size.X; x++)
                {
                    volume[crop.Start.X + x, crop.Start.Y + y, crop.Start.Z + z] = values[(z * crop.Size.Y + y) * crop.Size.X + x];
                }
            }
        }

        return volume;
    }
}
