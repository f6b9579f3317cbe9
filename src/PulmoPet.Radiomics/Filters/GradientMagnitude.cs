using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// PyRadiomics' Gradient image type (imageoperations.py getGradientImage = SimpleITK GradientMagnitudeImageFilter):
/// √Σ (∂x/∂axis)², each derivative the central difference (x[i+1] − x[i−1]) / 2 divided by the spacing when
/// <c>gradientUseSpacing</c> is set; edges repeat the border voxel (ITK's zero-flux Neumann boundary).
/// </summary>
public static class GradientMagnitude
{
    public static Volume<double> Compute(Volume image, bool useSpacing = true)
    {
        var g = image.Geometry;
        var size = g.Size;
        var sp = useSpacing ? g.Spacing : new Vector3D(1, 1, 1);
        var result = new Volume<double>(g);
        Parallel.For(0, size.Z, z =>
        {
            int zm = Math.Max(z - 1, 0), zp = Math.Min(z + 1, size.Z - 1);
            for (int y = 0; y < size.Y; y++)
            {
                int ym = Math.Max(y - 1, 0), yp = Math.Min(y + 1, size.Y - 1);
                for (int x = 0; x < size.X; x++)
                {
                    int xm = Math.Max(x - 1, 0), xp = Math.Min(x + 1, size.X - 1);
                    double dx = (image.GetValue(g.LinearIndex(xp, y, z)) - image.GetValue(g.LinearIndex(xm, y, z))) / (2 * sp.X);
                    double dy = (image.GetValue(g.LinearIndex(x, yp, z)) - image.GetValue(g.LinearIndex(x, ym, z))) / (2 * sp.Y);
                    double dz = (image.GetValue(g.LinearIndex(x, y, zp)) - image.GetValue(g.LinearIndex(x, y, zm))) / (2 * sp.Z);
                    result.Voxels[g.LinearIndex(x, y, z)] = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                }
            }
        });
        return result;
    }
}
