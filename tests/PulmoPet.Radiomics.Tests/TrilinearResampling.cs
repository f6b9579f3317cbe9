using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// IBSI 1 image interpolation for the configuration C/D checks (IBSI 2.4): trilinear interpolation onto
/// <see cref="ImageGeometry.Resampled"/> (grid size ⌈extent/spacing⌉, centred on the original grid), with nearest
/// padding outside the original grid. Test-side only: resampling proper belongs to PulmoPet.Imaging.
/// </summary>
internal static class TrilinearResampling
{
    public static Volume<float> Resample(Volume<float> source, ImageGeometry target)
    {
        var result = new Volume<float>(target);
        var size = source.Size;
        var v = source.Voxels;
        for (int z = 0; z < target.Size.Z; z++)
        {
            for (int y = 0; y < target.Size.Y; y++)
            {
                for (int x = 0; x < target.Size.X; x++)
                {
                    var c = source.Geometry.WorldToIndex(target.IndexToWorld(x, y, z));
                    double cx = Math.Clamp(c.X, 0, size.X - 1), cy = Math.Clamp(c.Y, 0, size.Y - 1), cz = Math.Clamp(c.Z, 0, size.Z - 1);
                    int x0 = Math.Min((int)Math.Floor(cx), size.X - 1), y0 = Math.Min((int)Math.Floor(cy), size.Y - 1), z0 = Math.Min((int)Math.Floor(cz), size.Z - 1);
                    int x1 = Math.Min(x0 + 1, size.X - 1), y1 = Math.Min(y0 + 1, size.Y - 1), z1 = Math.Min(z0 + 1, size.Z - 1);
                    double fx = cx - x0, fy = cy - y0, fz = cz - z0;
                    double At(int i, int j, int k) => v[(k * size.Y + j) * size.X + i];
                    double c00 = At(x0, y0, z0) * (1 - fx) + At(x1, y0, z0) * fx;
                    double c10 = At(x0, y1, z0) * (1 - fx) + At(x1, y1, z0) * fx;
                    double c01 = At(x0, y0, z1) * (1 - fx) + At(x1, y0, z1) * fx;
                    double c11 = At(x0, y1, z1) * (1 - fx) + At(x1, y1, z1) * fx;
                    double c0 = c00 * (1 - fy) + c10 * fy, c1 = c01 * (1 - fy) + c11 * fy;
                    result[x, y, z] = (float)(c0 * (1 - fz) + c1 * fz);
                }
            }
        }

        return result;
    }
}
