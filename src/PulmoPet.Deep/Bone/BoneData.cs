using PulmoPet.Deep.Data;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Deep.Bone;

/// <summary>One bone-lesion case on its grid, cropped to the body.</summary>
/// <param name="Case">One channel, CT in a bone window; labels 1 = lesion.</param>
/// <param name="Grid">The full grid the crop was cut from (the CT resampled to about 4 mm).</param>
/// <param name="Crop">Where the case lies on that grid.</param>
/// <param name="Instances">Lesion instance labels over the crop (nearest-neighbour from the CT grid; 0 when unknown).</param>
/// <param name="LungOrigin">Per lesion label, whether it is a lung-cancer metastasis.</param>
public sealed record BoneCase(SegmentationCase Case, ImageGeometry Grid, CropBox Crop, byte[] Instances, IReadOnlyDictionary<int, bool> LungOrigin);

/// <summary>Builds bone-lesion cases from a CT (and, for training and evaluation, its lesion instances).</summary>
public static class BoneData
{
    public const double DefaultSpacingMm = 4;

    /// <summary>HU above which a voxel counts as body when cropping.</summary>
    public const double BodyHu = -500;

    /// <summary>A bone window: soft tissue to dense cortex map to [−1, 1].</summary>
    public static PetCtNormalization BoneWindow { get; } = new() { CtMinHu = -200, CtMaxHu = 1400 };

    public static BoneCase Build(string id, Volume ct, PetCtNormalization normalization, ImageGeometry? grid = null,
        Volume<byte>? lesions = null, IReadOnlyDictionary<int, bool>? lungOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(ct);
        ArgumentNullException.ThrowIfNull(normalization);
        grid ??= ct.Geometry.Resampled(new Vector3D(DefaultSpacingMm, DefaultSpacingMm, DefaultSpacingMm));
        Volume<float> ctOnGrid = Resampler.Resample(ct.ToFloat(), grid, Interpolation.Linear, -1000f);
        byte[]? instances = lesions is null ? null : Resampler.Resample(lesions, grid, Interpolation.Nearest).Voxels;
        var body = new Volume<byte>(grid);
        for (int i = 0; i < body.Voxels.Length; i++)
        {
            body.Voxels[i] = ctOnGrid.Voxels[i] > BodyHu ? (byte)1 : (byte)0;
        }

        CropBox crop = PetCtCaseBuilder.LungBox(body, new Volume<byte>(grid), 0) ?? throw new InvalidInputException($"Case {id}: the CT has no body voxels.");
        int w = crop.Size.X, h = crop.Size.Y, d = crop.Size.Z;
        var image = new float[w * h * d];
        var labels = new byte[w * h * d];
        var cropInstances = new byte[w * h * d];
        for (int z = 0; z < d; z++)
        {
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int source = grid.LinearIndex(crop.Start.X + x, crop.Start.Y + y, crop.Start.Z + z);
                    int target = (z * h + y) * w + x;
                    image[target] = normalization.Ct(ctOnGrid.Voxels[source]);
                    cropInstances[target] = instances?[source] ?? 0;
                    labels[target] = cropInstances[target] != 0 ? (byte)1 : (byte)0;
                }
            }
        }

        return new BoneCase(new SegmentationCase(id, 1, d, h, w, image, labels), grid, crop, cropInstances, lungOrigin ?? new Dictionary<int, bool>());
    }

    /// <summary>A cubic crop of <paramref name="size"/> voxels of the case's CT centred on <paramref name="centre"/> (x, y, z in crop voxels); zero outside.</summary>
    public static LesionCrop CropAround(BoneCase item, int lesionId, int classIndex, Vector3D centre, int size)
    {
        ArgumentNullException.ThrowIfNull(item);
        SegmentationCase c = item.Case;
        int voxels = size * size * size;
        var image = new float[2 * voxels];
        int x0 = (int)Math.Round(centre.X) - size / 2, y0 = (int)Math.Round(centre.Y) - size / 2, z0 = (int)Math.Round(centre.Z) - size / 2;
        for (int z = 0; z < size; z++)
        {
            for (int y = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++)
                {
                    int sx = x0 + x, sy = y0 + y, sz = z0 + z;
                    if ((uint)sx < (uint)c.Width && (uint)sy < (uint)c.Height && (uint)sz < (uint)c.Depth)
                    {
                        image[(z * size + y) * size + x] = c.Image[(sz * c.Height + sy) * c.Width + sx];
                    }
                }
            }
        }

        var start = new Index3(item.Crop.Start.X + x0, item.Crop.Start.Y + y0, item.Crop.Start.Z + z0);
        return new LesionCrop(c.Id, lesionId, classIndex, size, image, item.Grid.SubGrid(start, new Size3(size, size, size)));
    }

    /// <summary>Mean (x, y, z) crop-voxel position of each nonzero label of <paramref name="instances"/>.</summary>
    public static Dictionary<int, Vector3D> Centroids(ReadOnlySpan<int> instances, SegmentationCase shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var sums = new Dictionary<int, (double X, double Y, double Z, long N)>();
        for (int i = 0; i < instances.Length; i++)
        {
            int label = instances[i];
            if (label == 0)
            {
                continue;
            }

            int x = i % shape.Width, y = i / shape.Width % shape.Height, z = i / (shape.Width * shape.Height);
            sums.TryGetValue(label, out var s);
            sums[label] = (s.X + x, s.Y + y, s.Z + z, s.N + 1);
        }

        return sums.ToDictionary(p => p.Key, p => new Vector3D(p.Value.X / p.Value.N, p.Value.Y / p.Value.N, p.Value.Z / p.Value.N));
    }
}
