using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Bench.Baselines;

/// <summary>
/// The textbook baseline for separable smoothing: a direct 3D convolution with the full (2r+1)³ Gaussian
/// kernel, edge replicated, one thread. Same result as <see cref="GaussianSmoothing"/>, O(N·r³) instead of O(N·r).
/// </summary>
internal static class DirectGaussianConvolution
{
    public static Volume<float> Smooth(Volume<float> image, Vector3D sigmaMm)
    {
        var spacing = image.Geometry.Spacing;
        var kx = GaussianSmoothing.HalfKernel(sigmaMm.X / spacing.X);
        var ky = GaussianSmoothing.HalfKernel(sigmaMm.Y / spacing.Y);
        var kz = GaussianSmoothing.HalfKernel(sigmaMm.Z / spacing.Z);
        int rx = kx.Length - 1, ry = ky.Length - 1, rz = kz.Length - 1;
        var size = image.Size;
        var source = image.Voxels;
        var result = image.CreateLike<float>();
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    double acc = 0;
                    for (int dz = -rz; dz <= rz; dz++)
                    {
                        int zz = Math.Clamp(z + dz, 0, size.Z - 1);
                        double wz = kz[Math.Abs(dz)];
                        for (int dy = -ry; dy <= ry; dy++)
                        {
                            int yy = Math.Clamp(y + dy, 0, size.Y - 1);
                            double wzy = wz * ky[Math.Abs(dy)];
                            int row = (zz * size.Y + yy) * size.X;
                            for (int dx = -rx; dx <= rx; dx++)
                            {
                                acc += wzy * kx[Math.Abs(dx)] * source[row + Math.Clamp(x + dx, 0, size.X - 1)];
                            }
                        }
                    }

                    result.Voxels[(z * size.Y + y) * size.X + x] = (float)acc;
                }
            }
        }

        return result;
    }
}
