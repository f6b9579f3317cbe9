using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>The statistics expected_values.json records for decoded stored values.</summary>
internal static class PixelChecks
{
    /// <summary>MD5 of the values written as little-endian int16, as expected_values.json's md5_stored_le (16-bit images).</summary>
    public static string Md5OfInt16(ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), unchecked((short)(int)values[i]));
        }

        return Convert.ToHexStringLower(MD5.HashData(bytes));
    }

    /// <summary>MD5 of the values written as little-endian uint16.</summary>
    public static string Md5OfUInt16(ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), unchecked((ushort)(int)values[i]));
        }

        return Convert.ToHexStringLower(MD5.HashData(bytes));
    }
}
