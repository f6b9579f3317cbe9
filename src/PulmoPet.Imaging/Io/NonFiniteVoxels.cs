using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io;

/// <summary>
/// Finds NaN and infinite voxels. Readers keep them (they are data: a scanner's "no value"); callers that
/// need finite values (SUV statistics, radiomics) check with <see cref="EnsureNone"/>.
/// </summary>
public static class NonFiniteVoxels
{
    /// <summary>The number of NaN or ±∞ voxels (always 0 for integer volumes).</summary>
    public static long Count(Volume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        (long nan, long infinite, _) = Scan(volume);
        return nan + infinite;
    }

    /// <summary>
    /// Throws an <see cref="InvalidInputException"/> such as "pet.nii.gz has 12 NaN voxels, first at (3, 4, 5)."
    /// when any voxel is NaN or infinite; <paramref name="name"/> names the image in that sentence.
    /// </summary>
    public static void EnsureNone(Volume volume, string name)
    {
        ArgumentNullException.ThrowIfNull(volume);
        (long nan, long infinite, int first) = Scan(volume);
        if (nan + infinite == 0)
        {
            return;
        }

        string what = infinite == 0 ? $"{Counts.Format(nan)} NaN voxel{Plural(nan)}"
            : nan == 0 ? $"{Counts.Format(infinite)} infinite voxel{Plural(infinite)}"
            : $"{Counts.Format(nan + infinite)} non-finite voxels ({Counts.Format(nan)} NaN, {Counts.Format(infinite)} infinite)";
        throw new InvalidInputException($"{name} has {what}, first at {volume.Geometry.IndexOf(first)}.");
    }

    private static (long NaN, long Infinite, int First) Scan(Volume volume) => volume switch
    {
        Volume<float> v => Scan<float>(v.AsSpan()),
        Volume<double> v => Scan<double>(v.AsSpan()),
        _ => (0, 0, -1),
    };

    private static (long NaN, long Infinite, int First) Scan<T>(ReadOnlySpan<T> values)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        long nan = 0, infinite = 0;
        int first = -1;
        for (int i = 0; i < values.Length; i++)
        {
            T value = values[i];
            if (T.IsFinite(value))
            {
                continue;
            }

            if (T.IsNaN(value))
            {
                nan++;
            }
            else
            {
                infinite++;
            }

            if (first < 0)
            {
                first = i;
            }
        }

        return (nan, infinite, first);
    }

    private static string Plural(long count) => count == 1 ? "" : "s";
}
