using System.Buffers.Binary;

namespace PulmoPet.Stats.Plots;

/// <summary>
/// Sets the physical resolution of a PNG (the pHYs chunk, PNG specification §11.3.5.3) so that journals'
/// tools read a 300 dpi figure as 300 dpi; SkiaSharp's encoder writes no pHYs chunk.
/// </summary>
public static class PngResolution
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] WithDpi(byte[] png, double dpi)
    {
        ArgumentNullException.ThrowIfNull(png);
        const int signature = 8;
        const int ihdrEnd = signature + 8 + 13 + 4; // length, type, IHDR data, CRC
        if (png.Length < ihdrEnd || png[12] != (byte)'I' || png[13] != (byte)'H' || png[14] != (byte)'D' || png[15] != (byte)'R')
        {
            throw new ArgumentException("Not a PNG image.", nameof(png));
        }

        uint pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), pixelsPerMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc(chunk.AsSpan(4, 13)));

        var result = new byte[png.Length + chunk.Length];
        png.AsSpan(0, ihdrEnd).CopyTo(result);
        chunk.CopyTo(result.AsSpan(ihdrEnd));
        png.AsSpan(ihdrEnd).CopyTo(result.AsSpan(ihdrEnd + chunk.Length));
        return result;
    }

    /// <summary>CRC-32 of the PNG specification (ISO 3309, polynomial 0xEDB88320).</summary>
    internal static uint Crc(ReadOnlySpan<byte> data)
    {
        uint c = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFF;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
