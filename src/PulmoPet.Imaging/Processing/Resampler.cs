using System.Numerics;

namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Resamples an image onto any target grid (spacing, origin, direction): each target voxel centre is
/// mapped to world (LPS) and then to a continuous source index c, where the source is interpolated.
/// <para>
/// Inside test, as ITK's ResampleImageFilter: a point is inside when −0.5 ≤ c ≤ n − 0.5 on every axis
/// (the voxel boundaries, widened by 1e-6 voxel against rounding), so a point within half a voxel of the
/// border is extrapolated from the edge voxels (linear: neighbours clamped to the edge; B-spline: mirror
/// boundary). Every other point gets <c>outsideValue</c>.
/// </para>
/// <para>
/// Integer outputs are rounded to nearest (half away from zero) and saturated to the type's range.
/// Work is split over target z slices; each voxel is computed by one fixed sequence of arithmetic, so
/// results do not depend on the number of threads.
/// </para>
/// </summary>
public static class Resampler
{
    /// <summary>Tolerance in voxels on the inside test, so that grid points on a voxel boundary survive rounding.</summary>
    public const double BoundaryToleranceVoxels = 1e-6;

    /// <summary>IBSI's rule for interpolated masks: a voxel belongs to the mask when its interpolated value is ≥ 0.5.</summary>
    public const double DefaultMaskThreshold = 0.5;

    public static Volume<T> Resample<T>(
        Volume<T> image,
        ImageGeometry target,
        Interpolation interpolation,
        T outsideValue = default,
        ParallelOptions? parallelOptions = null)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(target);
        var map = new IndexMap(image.Geometry, target);
        var result = new Volume<T>(target);
        switch (interpolation)
        {
            case Interpolation.Nearest:
                Parallelism.For(target.Size.Z, parallelOptions, z => NearestSlice(image.Voxels, result.Voxels, map, z, outsideValue));
                break;
            case Interpolation.Linear:
                Parallelism.For(target.Size.Z, parallelOptions, z => LinearSlice(image.Voxels, result.Voxels, map, z, outsideValue));
                break;
            case Interpolation.BSpline:
                var coefficients = BSplineCoefficients.Compute(image.ToFloat(), parallelOptions);
                Parallelism.For(target.Size.Z, parallelOptions, z => BSplineSlice(coefficients, result.Voxels, map, z, outsideValue));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(interpolation), interpolation, "Unknown interpolation.");
        }

        return result;
    }

    /// <summary>
    /// Resamples a mask (nonzero = inside) by linear interpolation of its 0/1 indicator and keeps target
    /// voxels whose value is ≥ <paramref name="threshold"/> (IBSI 1, section 2.4, partial-volume rule).
    /// Returns a 0/1 mask on <paramref name="target"/>; points outside the source are 0.
    /// </summary>
    public static Volume<byte> ResampleMask(
        Volume<byte> mask,
        ImageGeometry target,
        double threshold = DefaultMaskThreshold,
        ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (!(threshold > 0 && threshold <= 1))
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"The mask resampling threshold {threshold} must lie in (0, 1]."));
        }

        var indicator = new Volume<float>(mask.Geometry);
        var source = mask.Voxels;
        var values = indicator.Voxels;
        for (int i = 0; i < source.Length; i++)
        {
            values[i] = source[i] != 0 ? 1f : 0f;
        }

        var interpolated = Resample(indicator, target, Interpolation.Linear, 0f, parallelOptions);
        var result = new Volume<byte>(target);
        var fractions = interpolated.Voxels;
        var output = result.Voxels;
        for (int i = 0; i < fractions.Length; i++)
        {
            output[i] = fractions[i] >= threshold ? (byte)1 : (byte)0;
        }

        return result;
    }

    private static T Convert<T>(double value)
        where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        {
            return T.CreateTruncating(value);
        }

        return T.CreateSaturating(Math.Round(value, MidpointRounding.AwayFromZero));
    }

    private static bool Inside(double c, int n) =>
        c >= -0.5 - BoundaryToleranceVoxels && c <= n - 0.5 + BoundaryToleranceVoxels;

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

    /// <summary>The affine map from target index to continuous source index: c = A·i + b.</summary>
    private sealed class IndexMap
    {
        public IndexMap(ImageGeometry source, ImageGeometry target)
        {
            Source = source.Size;
            Target = target.Size;
            var a = source.IndexToWorldMatrix.Inverse() * target.IndexToWorldMatrix;
            Offset = source.WorldToIndex(target.Origin);
            StepX = a.Column(0);
            StepY = a.Column(1);
            StepZ = a.Column(2);
        }

        public Size3 Source { get; }

        public Size3 Target { get; }

        public Vector3D Offset { get; }

        public Vector3D StepX { get; }

        public Vector3D StepY { get; }

        public Vector3D StepZ { get; }

        /// <summary>The continuous source index of target voxel (0, y, z).</summary>
        public Vector3D RowStart(int y, int z) => Offset + StepY * y + StepZ * z;
    }
}
