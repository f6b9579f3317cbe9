using System.Globalization;
using System.Numerics;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>
/// Reads voxels written as whitespace- (or comma-) separated decimal numbers, as NRRD "ascii" encoding and
/// MetaImage "BinaryData = False" store them. Numbers beyond the voxel count are ignored, as teem does.
/// </summary>
internal static class AsciiVoxelParser
{
    private const int BufferSize = 1 << 16;

    public static void Parse(Stream stream, Volume volume, string path)
    {
        switch (volume)
        {
            case Volume<byte> v: Parse(stream, v.Voxels, path); break;
            case Volume<sbyte> v: Parse(stream, v.Voxels, path); break;
            case Volume<short> v: Parse(stream, v.Voxels, path); break;
            case Volume<ushort> v: Parse(stream, v.Voxels, path); break;
            case Volume<int> v: Parse(stream, v.Voxels, path); break;
            case Volume<uint> v: Parse(stream, v.Voxels, path); break;
            case Volume<float> v: Parse(stream, v.Voxels, path); break;
            case Volume<double> v: Parse(stream, v.Voxels, path); break;
            default: throw new NotSupportedException($"Voxel type {volume.VoxelType} has no ASCII reader.");
        }
    }

    private static void Parse<T>(Stream stream, T[] target, string path)
        where T : unmanaged, INumber<T>, IMinMaxValue<T>
    {
        bool isInteger = typeof(T) != typeof(float) && typeof(T) != typeof(double);
        double min = double.CreateTruncating(T.MinValue);
        double max = double.CreateTruncating(T.MaxValue);
        var buffer = new byte[BufferSize];
        int filled = 0;
        long count = 0;
        bool endOfStream = false;
        while (count < target.Length && !endOfStream)
        {
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            endOfStream = read == 0;
            filled += read;
            int position = 0;
            while (count < target.Length)
            {
                while (position < filled && IsSeparator(buffer[position]))
                {
                    position++;
                }

                int end = position;
                while (end < filled && !IsSeparator(buffer[end]))
                {
                    end++;
                }

                if (end == position || (end == filled && !endOfStream))
                {
                    break; // nothing left, or a number that may continue in the next read
                }

                target[count] = Convert<T>(buffer.AsSpan(position, end - position), count, isInteger, min, max, path);
                count++;
                position = end;
            }

            int rest = filled - position;
            if (rest == buffer.Length)
            {
                throw new ImageFormatException(path, $"voxel value {Counts.Format(count + 1)} is not a number (a run of {Counts.Format(rest)} characters without a space)");
            }

            buffer.AsSpan(position, rest).CopyTo(buffer);
            filled = rest;
        }

        if (count < target.Length)
        {
            throw new ImageFormatException(path,
                $"the file ends after {Counts.Format(count)} of {Counts.Format(target.Length)} voxel values (truncated file?)");
        }
    }

    private static T Convert<T>(ReadOnlySpan<byte> token, long index, bool isInteger, double min, double max, string path)
        where T : unmanaged, INumber<T>
    {
        if (!TryParse(token, out double value))
        {
            throw new ImageFormatException(path,
                $"voxel value {Counts.Format(index + 1)} (\"{Shorten(token)}\") is not a number");
        }

        if (isInteger && (value != Math.Floor(value) || value < min || value > max))
        {
            throw new ImageFormatException(path,
                $"voxel value {Counts.Format(index + 1)} ({Shorten(token)}) does not fit the declared integer type {VoxelTypes.Of<T>().Name()}");
        }

        return T.CreateTruncating(value);
    }

    private static bool TryParse(ReadOnlySpan<byte> token, out double value)
    {
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // teem and C's printf write infinities as "inf"; .NET accepts only "Infinity".
        bool negative = token.Length > 0 && token[0] == (byte)'-';
        var magnitude = negative || (token.Length > 0 && token[0] == (byte)'+') ? token[1..] : token;
        if (System.Text.Ascii.EqualsIgnoreCase(magnitude, "inf"u8))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        return false;
    }

    private static bool IsSeparator(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v' or (byte)',';

    private static string Shorten(ReadOnlySpan<byte> token)
    {
        var text = System.Text.Encoding.Latin1.GetString(token[..Math.Min(token.Length, 20)]);
        return token.Length > 20 ? text + "…" : text;
    }
}
