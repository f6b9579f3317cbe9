using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// Tricubic B-spline interpolation as MIRP does it for IBSI configuration E (scipy.ndimage.map_coordinates, order 3,
/// mode 'nearest'): the image is padded by 12 replicated voxels per side, B-spline coefficients are computed by
/// the recursive prefilter (pole √3 − 2, mirror boundary), and samples are cubic B-spline sums. Test-side only.
/// </summary>
internal static class TricubicSplineResampling
{
    private const int Pad = 12;

    public static Volume<float> Resample(Volume<float> source, ImageGeometry target)
    {
        var size = source.Size;
        int px = size.X + 2 * Pad, py = size.Y + 2 * Pad, pz = size.Z + 2 * Pad;
        var c = new double[px * py * pz];
        for (int z = 0; z < pz; z++)
        {
            int sz = Math.Clamp(z - Pad, 0, size.Z - 1);
            for (int y = 0; y < py; y++)
            {
                int sy = Math.Clamp(y - Pad, 0, size.Y - 1);
                for (int x = 0; x < px; x++)
                {
                    c[(z * py + y) * px + x] = source.Voxels[(sz * size.Y + sy) * size.X + Math.Clamp(x - Pad, 0, size.X - 1)];
                }
            }
        }

        var line = new double[Math.Max(px, Math.Max(py, pz))];
        for (int z = 0; z < pz; z++)
        {
            for (int y = 0; y < py; y++) FilterLine(c, (z * py + y) * px, 1, px, line);
        }

        for (int z = 0; z < pz; z++)
        {
            for (int x = 0; x < px; x++) FilterLine(c, z * py * px + x, px, py, line);
        }

        for (int y = 0; y < py; y++)
        {
            for (int x = 0; x < px; x++) FilterLine(c, y * px + x, px * py, pz, line);
        }

        var result = new Volume<float>(target);
        Span<double> wx = stackalloc double[4], wy = stackalloc double[4], wz = stackalloc double[4];
        for (int z = 0; z < target.Size.Z; z++)
        {
            for (int y = 0; y < target.Size.Y; y++)
            {
                for (int x = 0; x < target.Size.X; x++)
                {
                    var p = source.Geometry.WorldToIndex(target.IndexToWorld(x, y, z));
                    int ix = Weights(p.X + Pad, wx), iy = Weights(p.Y + Pad, wy), iz = Weights(p.Z + Pad, wz);
                    double sum = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        int zz = Mirror(iz + k, pz);
                        for (int j = 0; j < 4; j++)
                        {
                            int yy = Mirror(iy + j, py);
                            double row = 0;
                            for (int i = 0; i < 4; i++) row += wx[i] * c[(zz * py + yy) * px + Mirror(ix + i, px)];
                            sum += wz[k] * wy[j] * row;
                        }
                    }

                    result[x, y, z] = (float)sum;
                }
            }
        }

        return result;
    }

    /// <summary>Cubic B-spline weights of the 4 coefficients from the returned first index.</summary>
    private static int Weights(double coordinate, Span<double> w)
    {
        int floor = (int)Math.Floor(coordinate);
        double t = coordinate - floor;
        w[0] = (1 - t) * (1 - t) * (1 - t) / 6;
        w[1] = (3 * t * t * t - 6 * t * t + 4) / 6;
        w[2] = (-3 * t * t * t + 3 * t * t + 3 * t + 1) / 6;
        w[3] = t * t * t / 6;
        return floor - 1;
    }

    private static int Mirror(int i, int n)
    {
        if (n == 1) return 0;
        int period = 2 * n - 2;
        i = ((i % period) + period) % period;
        return i < n ? i : period - i;
    }

    /// <summary>In-place cubic B-spline prefilter of one line (Unser's recursive filter, mirror boundary).</summary>
    private static void FilterLine(double[] data, int start, int stride, int n, double[] line)
    {
        if (n < 2) return;
        double pole = Math.Sqrt(3) - 2;
        for (int k = 0; k < n; k++) line[k] = data[start + k * stride] * 6;  // gain (1 − z)(1 − 1/z) = 6

        // Causal initialisation for mirror boundaries (exact sum over the mirrored signal).
        double zn = Math.Pow(pole, n - 1), sum = line[0] + zn * line[n - 1], z2n = zn * zn, zk = pole;
        for (int k = 1; k < n - 1; k++)
        {
            sum += (zk + z2n / zk) * line[k];
            zk *= pole;
        }

        line[0] = sum / (1 - z2n);
        for (int k = 1; k < n; k++) line[k] += pole * line[k - 1];
        line[n - 1] = pole / (pole * pole - 1) * (line[n - 1] + pole * line[n - 2]);
        for (int k = n - 2; k >= 0; k--) line[k] = pole * (line[k + 1] - line[k]);
        for (int k = 0; k < n; k++) data[start + k * stride] = line[k];
    }
}
