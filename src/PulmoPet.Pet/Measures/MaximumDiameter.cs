using PulmoPet.Imaging;

namespace PulmoPet.Pet.Measures;

/// <summary>
/// Longest 3D diameter of a voxel set: the largest distance (mm) between two of its voxel centres (the
/// farthest pair always lies on the set's surface, so only surface voxels are compared). This is the
/// centre-to-centre length; IBSI's maximum 3D diameter (L0JK) measures the surface mesh and is about one
/// voxel longer.
/// </summary>
public static class MaximumDiameter
{
    public static double Compute(ImageGeometry geometry, IReadOnlyList<int> voxels)
    {
        var set = new HashSet<int>(voxels);
        var size = geometry.Size;
        var surface = new List<Vector3D>();
        foreach (int i in voxels)
        {
            var p = geometry.IndexOf(i);
            if (IsSurface(set, size, p))
            {
                surface.Add(geometry.IndexToWorldMatrix * p.ToVector());
            }
        }

        double best = 0;
        for (int a = 0; a < surface.Count; a++)
        {
            for (int b = a + 1; b < surface.Count; b++)
            {
                var d = surface[a] - surface[b];
                best = Math.Max(best, d.Dot(d));
            }
        }

        return Math.Sqrt(best);
    }

    private static bool IsSurface(HashSet<int> set, Size3 size, Index3 p)
    {
        ReadOnlySpan<(int, int, int)> faces = [(-1, 0, 0), (1, 0, 0), (0, -1, 0), (0, 1, 0), (0, 0, -1), (0, 0, 1)];
        foreach (var (dx, dy, dz) in faces)
        {
            int x = p.X + dx, y = p.Y + dy, z = p.Z + dz;
            if (!size.Contains(x, y, z) || !set.Contains((z * size.Y + y) * size.X + x))
            {
                return true;
            }
        }

        return false;
    }
}
