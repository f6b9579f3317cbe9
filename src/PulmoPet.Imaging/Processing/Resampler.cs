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
public static partial class Resampler
{
    /// <summary>Tolerance in voxels on the inside test, so that grid points on a voxel boundary survive rounding.</summary>
    public const double BoundaryToleranceVoxels = 1e-6;

    /// <summary>IBSI's rule for interpolated masks: a voxel belongs to the mask when its interpolated value is ≥ 0.5.</summary>
    public const double DefaultMaskThreshold = 0.5;

    /// <summary>
    /// Resamples <paramref name="image"/> onto <paramref name="target"/>; target voxels whose centre falls
    /// outside the source get <paramref name="outsideValue"/>. B-spline coefficients are computed in double
    /// per line and stored as float.
    /// </summary>
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
