using PulmoPet.Imaging;

namespace PulmoPet.Pet.Reference;

/// <summary>Voxels of a grid whose centres lie in a sphere or in a cylinder along the patient's z axis (world mm).</summary>
internal static class WorldShapes
{
    public static List<int> Sphere(ImageGeometry grid, Vector3D centre, double radiusMm) =>
        Select(grid, centre, new Vector3D(radiusMm, radiusMm, radiusMm), d => d.Dot(d) <= radiusMm * radiusMm);

    /// <summary>A cylinder of <paramref name="radiusMm"/> whose axis runs cranio-caudally through <paramref name="centre"/>, <paramref name="lengthMm"/> long.</summary>
    public static List<int> AxialCylinder(ImageGeometry grid, Vector3D centre, double radiusMm, double lengthMm) =>
        Select(grid, centre, new Vector3D(radiusMm, radiusMm, lengthMm / 2),
            d => d.X * d.X + d.Y * d.Y <= radiusMm * radiusMm && Math.Abs(d.Z) <= lengthMm / 2);

    private static List<int> Select(ImageGeometry grid, Vector3D centre, Vector3D halfExtent, Func<Vector3D, bool> inside)
    {
        var size = grid.Size;
        int[] low = [int.MaxValue, int.MaxValue, int.MaxValue], high = [int.MinValue, int.MinValue, int.MinValue];
        for (int corner = 0; corner < 8; corner++)
        {
            var p = centre + new Vector3D(
                (corner & 1) == 0 ? -halfExtent.X : halfExtent.X,
                (corner & 2) == 0 ? -halfExtent.Y : halfExtent.Y,
                (corner & 4) == 0 ? -halfExtent.Z : halfExtent.Z);
            var index = grid.WorldToIndex(p);
            double[] c = [index.X, index.Y, index.Z];
            for (int axis = 0; axis < 3; axis++)
            {
                low[axis] = Math.Min(low[axis], (int)Math.Floor(c[axis]));
                high[axis] = Math.Max(high[axis], (int)Math.Ceiling(c[axis]));
            }
        }

        var result = new List<int>();
        for (int z = Math.Max(0, low[2]); z <= Math.Min(size.Z - 1, high[2]); z++)
        {
            for (int y = Math.Max(0, low[1]); y <= Math.Min(size.Y - 1, high[1]); y++)
            {
                for (int x = Math.Max(0, low[0]); x <= Math.Min(size.X - 1, high[0]); x++)
                {
                    if (inside(grid.IndexToWorld(x, y, z) - centre))
                    {
                        result.Add(grid.LinearIndex(x, y, z));
                    }
                }
            }
        }

        return result;
    }
}
