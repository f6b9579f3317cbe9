using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace PulmoPet.Radiomics.Tests;

/// <summary>A tiny reader of NumPy .npy v1/v2 files holding little-endian float64 arrays (C or Fortran order).</summary>
internal static partial class Npy
{
    /// <summary>Shape and values in C (row-major) order.</summary>
    public static (int[] Shape, double[] Values) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 10 || bytes[0] != 0x93 || Encoding.ASCII.GetString(bytes, 1, 5) != "NUMPY")
        {
            throw new InvalidDataException($"{path} is not a .npy file.");
        }

        int major = bytes[6];
        int headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)) : (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8));
        int dataStart = (major == 1 ? 10 : 12) + headerLength;
        string header = Encoding.ASCII.GetString(bytes, major == 1 ? 10 : 12, headerLength);
        if (!header.Contains("'descr': '<f8'", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: only little-endian float64 is supported ({header.Trim()}).");
        }

        bool fortran = header.Contains("'fortran_order': True", StringComparison.Ordinal);
        var shape = ShapePattern().Match(header).Groups[1].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        int count = shape.Aggregate(1, (a, b) => a * b);
        var raw = new double[count];
        for (int i = 0; i < count; i++) raw[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(dataStart + 8 * i));
        if (!fortran) return (shape, raw);

        // Fortran order: the first index varies fastest; convert to C order.
        var values = new double[count];
        var index = new int[shape.Length];
        for (int f = 0; f < count; f++)
        {
            int c = 0;
            for (int d = 0; d < shape.Length; d++) c = c * shape[d] + index[d];
            values[c] = raw[f];
            for (int d = 0; d < shape.Length && ++index[d] == shape[d]; d++) index[d] = 0;
        }

        return (shape, values);
    }

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
