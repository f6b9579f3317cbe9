using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Pet.Internal;

/// <summary>The voxels whose centres lie within a distance (mm) of a voxel set's centres, computed in the set's bounding box grown by the distance.</summary>
internal static class Neighbourhood
{
    public static HashSet<int> Within(ImageGeometry geometry, IReadOnlyList<int> voxels, double distanceMm)
    {
        var size = geometry.Size;
        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue, maxX = -1, maxY = -1, maxZ = -1;
        foreach (int i in voxels)
        {
            var p = geometry.IndexOf(i);
            minX = Math.Min(minX, p.X); minY = Math.Min(minY, p.Y); minZ = Math.Min(minZ, p.Z);
            maxX = Math.Max(maxX, p.X); maxY = Math.Max(maxY, p.Y); maxZ = Math.Max(maxZ, p.Z);
        }

        var spacing = geometry.Spacing;
        var box = new IndexBox(new Index3(minX, minY, minZ), new Index3(maxX, maxY, maxZ))
            .Expand(new Index3((int)(distanceMm / spacing.X) + 1, (int)(distanceMm / spacing.Y) + 1, (int)(distanceMm / spacing.Z) + 1))
            .ClipTo(size);
        var local = new Volume<byte>(geometry.SubGrid(box.Min, box.Size));
        var localSize = local.Size;
        foreach (int i in voxels)
        {
            var p = geometry.IndexOf(i);
            local[p.X - box.Min.X, p.Y - box.Min.Y, p.Z - box.Min.Z] = 1;
        }

        var distances = EuclideanDistanceTransform.DistanceToForegroundMm(local, Imaging.Processing.Parallelism.SingleThreaded).Voxels;
        var result = new HashSet<int>();
        for (int z = 0, i = 0; z < localSize.Z; z++)
        {
            for (int y = 0; y < localSize.Y; y++)
            {
                for (int x = 0; x < localSize.X; x++, i++)
                {
                    if (distances[i] <= distanceMm + 1e-6)
                    {
                        result.Add(geometry.LinearIndex(x + box.Min.X, y + box.Min.Y, z + box.Min.Z));
                    }
                }
            }
        }

        return result;
    }
}
