using System.Numerics;

namespace PulmoPet.Imaging.Processing;

/// <summary>Cubic B-spline sampling of prefiltered coefficients (<see cref="BSplineCoefficients"/>), one target z slice at a time.</summary>
public static partial class Resampler
{
    private static void BSplineSlice<T>(float[] coefficients, T[] output, IndexMap map, int z, T outsideValue)
        where T : unmanaged, INumber<T>
    {
        int nx = map.Source.X;
        int ny = map.Source.Y;
        int nz = map.Source.Z;
        var xs = new Support();
        var ys = new Support();
        var zs = new Support();
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

                xs.Set(cx, nx, 1);
                ys.Set(cy, ny, nx);
                zs.Set(cz, nz, nx * ny);
                double value = zs.W0 * Plane(coefficients, zs.O0, ref xs, ref ys)
                    + zs.W1 * Plane(coefficients, zs.O1, ref xs, ref ys)
                    + zs.W2 * Plane(coefficients, zs.O2, ref xs, ref ys)
                    + zs.W3 * Plane(coefficients, zs.O3, ref xs, ref ys);
                row[x] = Convert<T>(value);
            }
        }
    }

    private static double Plane(float[] c, int zOffset, ref Support xs, ref Support ys) =>
        ys.W0 * Line(c, zOffset + ys.O0, ref xs)
        + ys.W1 * Line(c, zOffset + ys.O1, ref xs)
        + ys.W2 * Line(c, zOffset + ys.O2, ref xs)
        + ys.W3 * Line(c, zOffset + ys.O3, ref xs);

    private static double Line(float[] c, int offset, ref Support xs) =>
        xs.W0 * c[offset + xs.O0] + xs.W1 * c[offset + xs.O1] + xs.W2 * c[offset + xs.O2] + xs.W3 * c[offset + xs.O3];

    /// <summary>The four cubic B-spline weights and mirrored buffer offsets (index × stride) around a coordinate.</summary>
    private struct Support
    {
        public double W0, W1, W2, W3;
        public int O0, O1, O2, O3;

        public void Set(double c, int n, int stride)
        {
            double floor = Math.Floor(c);
            double f = c - floor;
            double f2 = f * f;
            double f3 = f2 * f;
            double g = 1.0 - f;
            const double Sixth = 1.0 / 6.0;
            W0 = g * g * g * Sixth;
            W1 = (3.0 * f3 - 6.0 * f2 + 4.0) * Sixth;
            W2 = (-3.0 * f3 + 3.0 * f2 + 3.0 * f + 1.0) * Sixth;
            W3 = f3 * Sixth;
            int first = (int)floor - 1;
            if (first >= 0 && first + 3 < n)
            {
                // Away from the border no reflection is needed (the modulo in Mirror is the costly part).
                O0 = first * stride;
                O1 = O0 + stride;
                O2 = O1 + stride;
                O3 = O2 + stride;
                return;
            }

            O0 = BSplineCoefficients.Mirror(first, n) * stride;
            O1 = BSplineCoefficients.Mirror(first + 1, n) * stride;
            O2 = BSplineCoefficients.Mirror(first + 2, n) * stride;
            O3 = BSplineCoefficients.Mirror(first + 3, n) * stride;
        }
    }
}
