using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace PulmoPet.Imaging.Tests.Io.Nifti;

/// <summary>
/// Builds NIfTI files byte by byte from the nifti1.h / nifti2.h field offsets, independently of PulmoPet's
/// writer, so tests can make any header (byte-swapped, NIfTI-2, Analyze, odd codes) a real tool might write.
/// </summary>
internal sealed class NiftiFile
{
    public int Version { get; set; } = 1;
    public string Magic { get; set; } = "n+1";
    public bool BigEndian { get; set; }
    public long[] Dim { get; set; } = [3, 2, 2, 2, 1, 1, 1, 1];
    public short DataType { get; set; } = 4;
    public short BitPix { get; set; } = 16;
    public double[] PixDim { get; set; } = [1, 1, 1, 1, 0, 0, 0, 0];
    public double VoxOffset { get; set; } = -1; // -1: header size + 4
    public double SclSlope { get; set; }
    public double SclInter { get; set; }
    public int XyztUnits { get; set; } = 2;
    public string Description { get; set; } = "";
    public int QformCode { get; set; }
    public int SformCode { get; set; }
    public double QuaternB { get; set; }
    public double QuaternC { get; set; }
    public double QuaternD { get; set; }
    public double[] QOffset { get; set; } = [0, 0, 0];
    public double[][] Srow { get; set; } = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];

    public int HeaderSize => Version == 2 ? 540 : 348;

    public long DataOffset => VoxOffset < 0 ? HeaderSize + 4 : (long)VoxOffset;

    /// <summary>The header bytes plus the 4-byte extension flag (zeros).</summary>
    public byte[] HeaderBytes()
    {
        var h = new byte[HeaderSize + 4];
        if (Version == 2)
        {
            Int32(h, 0, 540);
            System.Text.Encoding.ASCII.GetBytes(Magic + "\0\r\n\u001a\n").CopyTo(h, 4);
            Int16(h, 12, DataType);
            Int16(h, 14, BitPix);
            for (int i = 0; i < 8; i++)
            {
                Int64(h, 16 + 8 * i, Dim[i]);
                Double(h, 104 + 8 * i, PixDim[i]);
            }

            Int64(h, 168, DataOffset);
            Double(h, 176, SclSlope);
            Double(h, 184, SclInter);
            System.Text.Encoding.ASCII.GetBytes(Description).CopyTo(h, 240);
            Int32(h, 344, QformCode);
            Int32(h, 348, SformCode);
            Double(h, 352, QuaternB);
            Double(h, 360, QuaternC);
            Double(h, 368, QuaternD);
            for (int i = 0; i < 3; i++)
            {
                Double(h, 376 + 8 * i, QOffset[i]);
                for (int j = 0; j < 4; j++)
                {
                    Double(h, 400 + 32 * i + 8 * j, Srow[i][j]);
                }
            }

            Int32(h, 500, XyztUnits);
            return h;
        }

        Int32(h, 0, 348);
        for (int i = 0; i < 8; i++)
        {
            Int16(h, 40 + 2 * i, (short)Dim[i]);
            Single(h, 76 + 4 * i, PixDim[i]);
        }

        Int16(h, 70, DataType);
        Int16(h, 72, BitPix);
        Single(h, 108, DataOffset);
        Single(h, 112, SclSlope);
        Single(h, 116, SclInter);
        h[123] = (byte)XyztUnits;
        System.Text.Encoding.ASCII.GetBytes(Description).CopyTo(h, 148);
        Int16(h, 252, (short)QformCode);
        Int16(h, 254, (short)SformCode);
        Single(h, 256, QuaternB);
        Single(h, 260, QuaternC);
        Single(h, 264, QuaternD);
        for (int i = 0; i < 3; i++)
        {
            Single(h, 268 + 4 * i, QOffset[i]);
            for (int j = 0; j < 4; j++)
            {
                Single(h, 280 + 16 * i + 4 * j, Srow[i][j]);
            }
        }

        System.Text.Encoding.ASCII.GetBytes(Magic).CopyTo(h, 344);
        return h;
    }

    /// <summary>Values as stored bytes in this file's byte order.</summary>
    public byte[] DataBytes<T>(T[] values)
        where T : unmanaged
    {
        byte[] bytes = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        int size = Marshal.SizeOf<T>();
        if (BigEndian)
        {
            for (int i = 0; i < bytes.Length; i += size)
            {
                Array.Reverse(bytes, i, size);
            }
        }

        return bytes;
    }

    /// <summary>Writes header, padding up to vox_offset, and data as one .nii (gzipped when the name ends in .gz).</summary>
    public void WriteSingleFile<T>(string path, T[] values)
        where T : unmanaged
    {
        byte[] header = HeaderBytes();
        var bytes = new byte[DataOffset];
        header.AsSpan(0, Math.Min(header.Length, bytes.Length)).CopyTo(bytes);
        WriteMaybeGzip(path, [.. bytes, .. DataBytes(values)]);
    }

    public static void WriteMaybeGzip(string path, byte[] content)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            File.WriteAllBytes(path, content);
            return;
        }

        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(content);
    }

    private void Int16(byte[] b, int o, short v)
    {
        if (BigEndian) BinaryPrimitives.WriteInt16BigEndian(b.AsSpan(o), v);
        else BinaryPrimitives.WriteInt16LittleEndian(b.AsSpan(o), v);
    }

    private void Int32(byte[] b, int o, int v)
    {
        if (BigEndian) BinaryPrimitives.WriteInt32BigEndian(b.AsSpan(o), v);
        else BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(o), v);
    }

    private void Int64(byte[] b, int o, long v)
    {
        if (BigEndian) BinaryPrimitives.WriteInt64BigEndian(b.AsSpan(o), v);
        else BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(o), v);
    }

    private void Single(byte[] b, int o, double v)
    {
        if (BigEndian) BinaryPrimitives.WriteSingleBigEndian(b.AsSpan(o), (float)v);
        else BinaryPrimitives.WriteSingleLittleEndian(b.AsSpan(o), (float)v);
    }

    private void Double(byte[] b, int o, double v)
    {
        if (BigEndian) BinaryPrimitives.WriteDoubleBigEndian(b.AsSpan(o), v);
        else BinaryPrimitives.WriteDoubleLittleEndian(b.AsSpan(o), v);
    }
}
