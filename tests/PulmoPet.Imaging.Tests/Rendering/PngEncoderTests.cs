using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using PulmoPet.Imaging.Rendering;

namespace PulmoPet.Imaging.Tests.Rendering;

/// <summary>The PNG encoder's output read back by hand: chunk layout, IHDR fields, CRC-32 and the zlib-compressed rows.</summary>
public sealed class PngEncoderTests
{
    [Fact]
    public void WritesAValidPngWhoseRowsDecompressToThePixels()
    {
        byte[] rgb = [255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90];
        using var stream = new MemoryStream();
        PngEncoder.WriteRgb(stream, 3, 2, rgb);
        byte[] png = stream.ToArray();

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = new List<(string Type, byte[] Data)>();
        for (int offset = 8; offset < png.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            string type = Encoding.ASCII.GetString(png, offset + 4, 4);
            byte[] data = png.AsSpan(offset + 8, length).ToArray();
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(ReferenceCrc(png.AsSpan(offset + 4, 4 + length)), crc);
            chunks.Add((type, data));
            offset += 12 + length;
        }

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.Equal(3, BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data));
        Assert.Equal(2, BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data.AsSpan(4)));
        Assert.Equal(new byte[] { 8, 2, 0, 0, 0 }, chunks[0].Data[8..]);
        using var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        byte[] expected = [0, .. rgb[..9], 0, .. rgb[9..]];
        Assert.Equal(expected, raw.ToArray());
    }

    [Fact]
    public void CrcOfTheStandardCheckStringIsCbf43926()
    {
        // The CRC-32 check value of "123456789" (ISO-HDLC / PNG) is 0xCBF43926.
        Assert.Equal(0xCBF43926u, ReferenceCrc("123456789"u8));
    }

    /// <summary>Bitwise CRC-32 (reflected 0xEDB88320), independent of the encoder's table.</summary>
    private static uint ReferenceCrc(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
