namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// How a filter sees voxels outside the image (IBSI 2 reference manual, section 2.2 "Boundary conditions"),
/// named as in scipy.ndimage: constant (zero padding), nearest (edge value repeated), periodic (wrap), mirror
/// (scipy "reflect": the edge voxel is repeated, d c b a | a b c d).
/// </summary>
public enum BoundaryCondition
{
    Constant,
    Nearest,
    Periodic,
    Mirror,
}

internal static class Boundary
{
    /// <summary>The index read for position <paramref name="i"/> on a line of <paramref name="n"/> voxels; −1 = outside (zero).</summary>
    public static int Index(int i, int n, BoundaryCondition condition)
    {
        if ((uint)i < (uint)n) return i;
        switch (condition)
        {
            case BoundaryCondition.Constant:
                return -1;
            case BoundaryCondition.Nearest:
                return i < 0 ? 0 : n - 1;
            case BoundaryCondition.Periodic:
                return ((i % n) + n) % n;
            default:
                int period = 2 * n;
                int m = ((i % period) + period) % period;
                return m < n ? m : period - 1 - m;
        }
    }
}
