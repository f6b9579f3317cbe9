using System.Numerics;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>
/// Applies a NIfTI scl_slope/scl_inter: float64 data stay float64, everything else becomes float32 (as ITK and
/// nibabel do). The arithmetic is done in double and rounded once.
/// </summary>
internal static class ValueScaler
{
    public static VoxelType ResultType(VoxelType stored) => stored == VoxelType.Float64 ? VoxelType.Float64 : VoxelType.Float32;

    public static Volume Apply(Volume stored, ValueScaling scaling) => stored switch
    {
        Volume<double> v => ScaleInPlace(v, scaling),
        Volume<float> v => ScaleInPlace(v, scaling),
        Volume<byte> v => ToFloat(v, scaling),
        Volume<sbyte> v => ToFloat(v, scaling),
        Volume<short> v => ToFloat(v, scaling),
        Volume<ushort> v => ToFloat(v, scaling),
        Volume<int> v => ToFloat(v, scaling),
        Volume<uint> v => ToFloat(v, scaling),
        _ => throw new NotSupportedException($"Voxel type {stored.VoxelType} cannot be scaled."),
    };

    private static Volume<double> ScaleInPlace(Volume<double> volume, ValueScaling s)
    {
        Span<double> v = volume.AsSpan();
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = v[i] * s.Slope + s.Intercept;
        }

        return volume;
    }

    private static Volume<float> ScaleInPlace(Volume<float> volume, ValueScaling s)
    {
        Span<float> v = volume.AsSpan();
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = (float)(v[i] * s.Slope + s.Intercept);
        }

        return volume;
    }

    private static Volume<float> ToFloat<T>(Volume<T> volume, ValueScaling s)
        where T : unmanaged, INumber<T>
    {
        var result = new Volume<float>(volume.Geometry);
        ReadOnlySpan<T> source = volume.AsSpan();
        Span<float> target = result.AsSpan();
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = (float)(double.CreateTruncating(source[i]) * s.Slope + s.Intercept);
        }

        return result;
    }
}
