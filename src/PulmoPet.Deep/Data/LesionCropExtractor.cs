using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Deep.Data;

/// <summary>
/// Cuts <see cref="LesionCrop"/>s of S³ PET-grid voxels centred on each lesion's centroid. The centroid
/// is computed in world coordinates from the instance label map (any grid, e.g. the CT's), so small
/// lesions are not lost to resampling. Voxels outside the image are 0 in both channels.
/// </summary>
public static class LesionCropExtractor
{
    public const int DefaultSize = 32;

    public static IReadOnlyList<LesionCrop> Extract(
        string caseId, Volume<float> pet, Volume ct, Volume<byte> lesionInstances, PetCtNormalization normalization,
        int classIndex = -1, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(pet);
        ArgumentNullException.ThrowIfNull(ct);
        ArgumentNullException.ThrowIfNull(lesionInstances);
        var grid = pet.Geometry;
        var ctOnPet = Resampler.Resample(ct.ToFloat(), grid, Interpolation.Linear, (float)normalization.CtMinHu);
        var crops = new List<LesionCrop>();
        foreach (var (lesionId, centroid) in Centroids(lesionInstances))
        {
            var centre = grid.WorldToIndex(centroid);
            var start = new Index3((int)Math.Round(centre.X) - size / 2, (int)Math.Round(centre.Y) - size / 2, (int)Math.Round(centre.Z) - size / 2);
            int voxels = size * size * size;
            var image = new float[2 * voxels];
            for (int z = 0; z < size; z++)
            {
                for (int y = 0; y < size; y++)
                {
                    for (int x = 0; x < size; x++)
                    {
                        int sx = start.X + x, sy = start.Y + y, sz = start.Z + z;
                        if (!grid.Size.Contains(sx, sy, sz))
                        {
                            continue;
                        }

                        int source = grid.LinearIndex(sx, sy, sz);
                        int target = (z * size + y) * size + x;
                        image[target] = normalization.Ct(ctOnPet.Voxels[source]);
                        image[voxels + target] = normalization.Pet(pet.Voxels[source]);
                    }
                }
            }

            crops.Add(new LesionCrop(caseId, lesionId, classIndex, size, image, grid.SubGrid(start, new Size3(size, size, size))));
        }

        return crops;
    }

    /// <summary>The channels a classifier input uses: [C, S, S, S] with C = 1 (CT or PET) or 2 (fused).</summary>
    public static float[] Channels(LesionCrop crop, ClassifierInput input)
    {
        int voxels = crop.Size * crop.Size * crop.Size;
        return input switch
        {
            ClassifierInput.Fused => crop.Image,
            ClassifierInput.Ct => crop.Image.AsSpan(0, voxels).ToArray(),
            ClassifierInput.Pet => crop.Image.AsSpan(voxels, voxels).ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };
    }

    private static IEnumerable<(int LesionId, Vector3D Centroid)> Centroids(Volume<byte> labels)
    {
        var sums = new Dictionary<int, (double X, double Y, double Z, long N)>();
        var size = labels.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int label = labels[x, y, z];
                    if (label == 0)
                    {
                        continue;
                    }

                    sums.TryGetValue(label, out var s);
                    sums[label] = (s.X + x, s.Y + y, s.Z + z, s.N + 1);
                }
            }
        }

        return sums.OrderBy(p => p.Key).Select(p => (p.Key,
            labels.Geometry.IndexToWorld(new Vector3D(p.Value.X / p.Value.N, p.Value.Y / p.Value.N, p.Value.Z / p.Value.N))));
    }
}
