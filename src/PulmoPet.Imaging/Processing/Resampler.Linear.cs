using System.Numerics;

namespace PulmoPet.Imaging.Processing;

/// <summary>Nearest-neighbour and trilinear sampling, one target z slice at a time.</summary>
public static partial class Resampler
{
    private static void NearestSlice<T>(T[] source, T[] output, IndexMap map, int z, T outsideValue)
        where T : unmanaged, INumber<T>
    {
        int nx = map.Source.X;
        int ny = map.Source.Y;
        int nz = map.Source.Z;
        for (int y = 0; y < map.Target.Y; y++)
        {
            var row = output.AsSpan((z * map.Target.Y + y) * map.Target.X, map.Target.X);
            var origin = map.RowStart(y, z);
            for (int x = 0; x < row.Length; x++)
            {
                double cx = origin.X + x * map.StepX.X;
                double cy = origin.Y + x * map.StepX.Y;
                double cz = origin.Z + x * map.StepX.Z;
                if (!(Inside(cx, nx) && Inside(cy, ny) && Inside(cz, nz)))
                {
                    row[x] = outsideValue;
                    continue;
                }

                int ix = Math.Clamp((int)Math.Floor(cx + 0.5), 0, nx - 1);
                int iy = Math.Clamp((int)Math.Floor(cy + 0.5), 0, ny - 1);
                int iz = Math.Clamp((int)Math.Floor(cz + 0.5), 0, nz - 1);
                row[x] = source[(iz * ny + iy) * nx + ix];
            }
        }
    }

    private static void LinearSlice<T>(T[] source, T[] output, IndexMap map, int z, T outsideValue)
        where T : unmanaged, INumber<T>
    {
        int nx = map.Source.X;
        int ny = map.Source.Y;
        int nz = map.Source.Z;
        int sliceLength = nx * ny;
        for (int y = 0; y < map.Target.Y; y++)
        {
            var row = output.AsSpan((z * map.Target.Y + y) * map.Target.X, map.Target.X);
            var origin = map.RowStart(y, z);
            for (int x = 0; x < row.Length; x++)
            {
                double cx = origin.X + x * map.StepX.X;
                double cy = origin.Y + x * map.StepX.Y;
                double cz = origin.Z + x * map.StepX.Z;
                if (!(Inside(cx, nx) && Inside(cy, ny) && Inside(cz, nz)))
                {
                    row[x] = outsideValue;
                    continue;
                }

                double fx = Math.Floor(cx);
                double fy = Math.Floor(cy);
                double fz = Math.Floor(cz);
                double tx = cx - fx;
                double ty = cy - fy;
                double tz = cz - fz;
                int x0 = Math.Clamp((int)fx, 0, nx - 1);
                int x1 = Math.Clamp((int)fx + 1, 0, nx - 1);
                int y0 = Math.Clamp((int)fy, 0, ny - 1) * nx;
                int y1 = Math.Clamp((int)fy + 1, 0, ny - 1) * nx;
                int z0 = Math.Clamp((int)fz, 0, nz - 1) * sliceLength;
                int z1 = Math.Clamp((int)fz + 1, 0, nz - 1) * sliceLength;

                double c00 = Lerp(source[z0 + y0 + x0], source[z0 + y0 + x1], tx);
                double c10 = Lerp(source[z0 + y1 + x0], source[z0 + y1 + x1], tx);
                double c01 = Lerp(source[z1 + y0 + x0], source[z1 + y0 + x1], tx);
                double c11 = Lerp(source[z1 + y1 + x0], source[z1 + y1 + x1], tx);
                double c0 = c00 + ty * (c10 - c00);
                double c1 = c01 + ty * (c11 - c01);
                row[x] = Convert<T>(c0 + tz * (c1 - c0));
            }
        }
    }

    private static double Lerp<T>(T a, T b, double t)
        where T : unmanaged, INumber<T>
    {
        double da = double.CreateTruncating(a);
        return da + t * (double.CreateTruncating(b) - da);
    }
}
