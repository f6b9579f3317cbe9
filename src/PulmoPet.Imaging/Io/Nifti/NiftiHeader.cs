using System.Buffers.Binary;
using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.Nifti;

/// <summary>
/// The fields of a NIfTI-1 (348-byte, nifti1.h) or NIfTI-2 (540-byte, nifti2.h) header that PulmoPet uses,
/// held in the wider NIfTI-2 types. Field offsets are those of the C structs, without padding.
/// </summary>
internal sealed class NiftiHeader
{
    public const int Nifti1Size = 348;
    public const int Nifti2Size = 540;

    /// <summary>NIfTI-1 single-file data start: the 348-byte header plus the 4-byte extension flag.</summary>
    public const int Nifti1SingleFileVoxOffset = 352;

    /// <summary>1 or 2 for NIfTI, 0 for an Analyze 7.5 header (348 bytes, no magic).</summary>
    public int Version { get; init; }

    /// <summary>Header and data in one file ("n+1"/"n+2"), as opposed to a .hdr/.img pair.</summary>
    public bool SingleFile { get; init; }

    public bool BigEndian { get; init; }

    public long[] Dim { get; init; } = new long[8];

    public int DataType { get; init; }

    public double[] PixDim { get; init; } = new double[8];

    public double VoxOffset { get; init; }

    public double SclSlope { get; init; }

    public double SclInter { get; init; }

    public string Description { get; init; } = "";

    public int QformCode { get; init; }

    public int SformCode { get; init; }

    public double QuaternB { get; init; }

    public double QuaternC { get; init; }

    public double QuaternD { get; init; }

    public Vector3D QOffset { get; init; }

    /// <summary>srow_x, srow_y, srow_z: the sform's 3×4 rows (RAS).</summary>
    public double[][] Srow { get; init; } = [new double[4], new double[4], new double[4]];

    public int XyztUnits { get; init; }

    /// <summary>
    /// Finds the header size and byte order from sizeof_hdr (348 or 540, in either byte order), as nifti1_io
    /// and nibabel do; 0 when the bytes are not a NIfTI/Analyze header.
    /// </summary>
    public static (int Size, bool BigEndian) Detect(ReadOnlySpan<byte> start)
    {
        if (start.Length < 4)
        {
            return (0, false);
        }

        int little = BinaryPrimitives.ReadInt32LittleEndian(start);
        int big = BinaryPrimitives.ReadInt32BigEndian(start);
        return little is Nifti1Size or Nifti2Size ? (little, false)
            : big is Nifti1Size or Nifti2Size ? (big, true)
            : (0, false);
    }

    /// <summary>Parses a header; <paramref name="bytes"/> holds at least the header (348 or 540 bytes).</summary>
    public static NiftiHeader Parse(ReadOnlySpan<byte> bytes, string path)
    {
        (int size, bool bigEndian) = Detect(bytes);
        if (size == 0)
        {
            throw new ImageFormatException(path, "not a NIfTI file (its first 4 bytes, sizeof_hdr, are neither 348 nor 540)");
        }

        if (bytes.Length < size)
        {
            throw new ImageFormatException(path,
                $"the file ends after {Counts.Format(bytes.Length)} of the {size} NIfTI header bytes (truncated download?)");
        }

        var r = new EndianReader(bytes, bigEndian);
        return size == Nifti1Size ? ParseNifti1(r, bytes, path) : ParseNifti2(r, bytes, path);
    }

    private static NiftiHeader ParseNifti1(EndianReader r, ReadOnlySpan<byte> bytes, string path)
    {
        ReadOnlySpan<byte> magic = bytes.Slice(344, 4);
        int version = magic.SequenceEqual("n+1\0"u8) || magic.SequenceEqual("ni1\0"u8) ? 1 : 0;
        var dim = new long[8];
        var pixdim = new double[8];
        for (int i = 0; i < 8; i++)
        {
            dim[i] = r.Int16(40 + 2 * i);
            pixdim[i] = r.Single(76 + 4 * i);
        }

        bool nifti = version == 1;
        return new NiftiHeader
        {
            Version = version,
            SingleFile = magic.SequenceEqual("n+1\0"u8),
            BigEndian = r.BigEndian,
            Dim = dim,
            DataType = r.Int16(70),
            PixDim = pixdim,
            VoxOffset = r.Single(108),
            // Analyze 7.5 has no scaling, qform or sform fields at these offsets (they are "funused" or unused).
            SclSlope = nifti ? r.Single(112) : 0,
            SclInter = nifti ? r.Single(116) : 0,
            XyztUnits = nifti ? r.Byte(123) : 0,
            Description = r.Text(148, 80),
            QformCode = nifti ? r.Int16(252) : 0,
            SformCode = nifti ? r.Int16(254) : 0,
            QuaternB = r.Single(256),
            QuaternC = r.Single(260),
            QuaternD = r.Single(264),
            QOffset = new Vector3D(r.Single(268), r.Single(272), r.Single(276)),
            Srow = [Row(r, 280), Row(r, 296), Row(r, 312)],
        };

        static double[] Row(EndianReader r, int offset) =>
            [r.Single(offset), r.Single(offset + 4), r.Single(offset + 8), r.Single(offset + 12)];
    }

    private static NiftiHeader ParseNifti2(EndianReader r, ReadOnlySpan<byte> bytes, string path)
    {
        ReadOnlySpan<byte> magic = bytes.Slice(4, 8);
        bool single = magic[..4].SequenceEqual("n+2\0"u8);
        if (!single && !magic[..4].SequenceEqual("ni2\0"u8))
        {
            throw new ImageFormatException(path, "not a NIfTI-2 file (sizeof_hdr is 540 but the magic is not \"n+2\" or \"ni2\")");
        }

        // nifti2.h: bytes 4..7 of the magic are \r\n\032\n, which text-mode transfers mangle.
        if (!magic[4..].SequenceEqual("\r\n\u001a\n"u8))
        {
            throw new ImageFormatException(path, "the NIfTI-2 signature is damaged (was the file transferred in text mode?)");
        }

        var dim = new long[8];
        var pixdim = new double[8];
        for (int i = 0; i < 8; i++)
        {
            dim[i] = r.Int64(16 + 8 * i);
            pixdim[i] = r.Double(104 + 8 * i);
        }

        return new NiftiHeader
        {
            Version = 2,
            SingleFile = single,
            BigEndian = r.BigEndian,
            Dim = dim,
            DataType = r.Int16(12),
            PixDim = pixdim,
            VoxOffset = r.Int64(168),
            SclSlope = r.Double(176),
            SclInter = r.Double(184),
            Description = r.Text(240, 80),
            QformCode = r.Int32(344),
            SformCode = r.Int32(348),
            QuaternB = r.Double(352),
            QuaternC = r.Double(360),
            QuaternD = r.Double(368),
            QOffset = new Vector3D(r.Double(376), r.Double(384), r.Double(392)),
            Srow = [Row(r, 400), Row(r, 432), Row(r, 464)],
            XyztUnits = r.Int32(500),
        };

        static double[] Row(EndianReader r, int offset) =>
            [r.Double(offset), r.Double(offset + 8), r.Double(offset + 16), r.Double(offset + 24)];
    }

    /// <summary>
    /// Writes this header as NIfTI-1 little-endian: 348 header bytes plus the 4-byte extension flag (zero: no
    /// extensions), i.e. the first 352 bytes of a .nii file.
    /// </summary>
    public void WriteNifti1(Span<byte> destination)
    {
        Span<byte> h = destination[..Nifti1SingleFileVoxOffset];
        h.Clear();
        BinaryPrimitives.WriteInt32LittleEndian(h, Nifti1Size);
        h[38] = (byte)'r'; // "regular", as nifti1_io and nibabel write it
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(h[(40 + 2 * i)..], checked((short)Dim[i]));
            BinaryPrimitives.WriteSingleLittleEndian(h[(76 + 4 * i)..], (float)PixDim[i]);
        }

        BinaryPrimitives.WriteInt16LittleEndian(h[70..], (short)DataType);
        BinaryPrimitives.WriteInt16LittleEndian(h[72..], (short)(8 * NiftiDataType.ToVoxelType(DataType)!.Value.SizeInBytes()));
        BinaryPrimitives.WriteSingleLittleEndian(h[108..], (float)VoxOffset);
        BinaryPrimitives.WriteSingleLittleEndian(h[112..], (float)SclSlope);
        BinaryPrimitives.WriteSingleLittleEndian(h[116..], (float)SclInter);
        h[123] = (byte)XyztUnits;
        System.Text.Encoding.ASCII.GetBytes(Description.AsSpan(0, Math.Min(Description.Length, 79)), h.Slice(148, 79));
        BinaryPrimitives.WriteInt16LittleEndian(h[252..], (short)QformCode);
        BinaryPrimitives.WriteInt16LittleEndian(h[254..], (short)SformCode);
        BinaryPrimitives.WriteSingleLittleEndian(h[256..], (float)QuaternB);
        BinaryPrimitives.WriteSingleLittleEndian(h[260..], (float)QuaternC);
        BinaryPrimitives.WriteSingleLittleEndian(h[264..], (float)QuaternD);
        BinaryPrimitives.WriteSingleLittleEndian(h[268..], (float)QOffset.X);
        BinaryPrimitives.WriteSingleLittleEndian(h[272..], (float)QOffset.Y);
        BinaryPrimitives.WriteSingleLittleEndian(h[276..], (float)QOffset.Z);
        for (int row = 0; row < 3; row++)
        {
            for (int column = 0; column < 4; column++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(h[(280 + 16 * row + 4 * column)..], (float)Srow[row][column]);
            }
        }

        "n+1\0"u8.CopyTo(h[344..]);
    }
}
