using System.Buffers.Binary;
using System.Text;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>Writes small explicit-VR little-endian data sets by hand (PS3.5 7.1.2) for reader edge cases.</summary>
internal sealed class DicomBytes
{
    private readonly MemoryStream _stream = new();

    public static byte[] Part10(Action<DicomBytes> body, string transferSyntax = "1.2.840.10008.1.2.1")
    {
        var meta = new DicomBytes();
        meta.Text(0x0002, 0x0010, "UI", transferSyntax.Length % 2 == 1 ? transferSyntax + "\0" : transferSyntax);
        var content = new DicomBytes();
        body(content);
        var file = new MemoryStream();
        file.Write(new byte[128]);
        file.Write("DICM"u8);
        file.Write(meta.ToArray());
        file.Write(content.ToArray());
        return file.ToArray();
    }

    public DicomBytes Text(ushort group, ushort element, string vr, string value, Encoding? encoding = null)
    {
        byte[] bytes = (encoding ?? Encoding.ASCII).GetBytes(value);
        if (bytes.Length % 2 == 1)
        {
            Array.Resize(ref bytes, bytes.Length + 1);
            bytes[^1] = (byte)' ';
        }

        return Raw(group, element, vr, bytes);
    }

    public DicomBytes UShort(ushort group, ushort element, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return Raw(group, element, "US", bytes);
    }

    public DicomBytes Raw(ushort group, ushort element, string vr, ReadOnlySpan<byte> value, uint? statedLength = null)
    {
        Tag(group, element);
        _stream.Write(Encoding.ASCII.GetBytes(vr));
        bool longLength = vr is "OB" or "OW" or "OF" or "SQ" or "UT" or "UN" or "UC" or "UR" or "OD" or "OL" or "OV" or "SV" or "UV";
        if (longLength)
        {
            _stream.Write(stackalloc byte[2]);
            UInt32(statedLength ?? (uint)value.Length);
        }
        else
        {
            Span<byte> length = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)(statedLength ?? (uint)value.Length));
            _stream.Write(length);
        }

        _stream.Write(value);
        return this;
    }

    /// <summary>A sequence of undefined length whose items have undefined length (PS3.5 7.5.2).</summary>
    public DicomBytes Sequence(ushort group, ushort element, params Action<DicomBytes>[] items)
    {
        Tag(group, element);
        _stream.Write("SQ"u8);
        _stream.Write(stackalloc byte[2]);
        UInt32(0xFFFFFFFF);
        foreach (var item in items)
        {
            Tag(0xFFFE, 0xE000);
            UInt32(0xFFFFFFFF);
            var content = new DicomBytes();
            item(content);
            _stream.Write(content.ToArray());
            Tag(0xFFFE, 0xE00D);
            UInt32(0);
        }

        Tag(0xFFFE, 0xE0DD);
        UInt32(0);
        return this;
    }

    /// <summary>Encapsulated Pixel Data (PS3.5 A.4): undefined length, the Basic Offset Table item, one item per fragment.</summary>
    public DicomBytes Encapsulated(uint[] offsetTable, params byte[][] fragments)
    {
        Tag(0x7FE0, 0x0010);
        _stream.Write("OB"u8);
        _stream.Write(stackalloc byte[2]);
        UInt32(0xFFFFFFFF);
        Tag(0xFFFE, 0xE000);
        UInt32((uint)(offsetTable.Length * 4));
        foreach (uint offset in offsetTable)
        {
            UInt32(offset);
        }

        foreach (var fragment in fragments)
        {
            Tag(0xFFFE, 0xE000);
            UInt32((uint)fragment.Length);
            _stream.Write(fragment);
        }

        Tag(0xFFFE, 0xE0DD);
        UInt32(0);
        return this;
    }

    /// <summary>The Image Pixel attributes of a grayscale image (PS3.3 C.7.6.3).</summary>
    public DicomBytes ImagePixel(int rows, int columns, int bitsAllocated, int bitsStored, bool signed, int frames = 1)
    {
        UShort(0x0028, 0x0002, 1);
        Text(0x0028, 0x0004, "CS", "MONOCHROME2");
        if (frames > 1)
        {
            Text(0x0028, 0x0008, "IS", frames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        UShort(0x0028, 0x0010, (ushort)rows);
        UShort(0x0028, 0x0011, (ushort)columns);
        UShort(0x0028, 0x0100, (ushort)bitsAllocated);
        UShort(0x0028, 0x0101, (ushort)bitsStored);
        UShort(0x0028, 0x0102, (ushort)(bitsStored - 1));
        UShort(0x0028, 0x0103, (ushort)(signed ? 1 : 0));
        return this;
    }

    public byte[] ToArray() => _stream.ToArray();

    private void Tag(ushort group, ushort element)
    {
        Span<byte> tag = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(tag, group);
        BinaryPrimitives.WriteUInt16LittleEndian(tag[2..], element);
        _stream.Write(tag);
    }

    private void UInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        _stream.Write(bytes);
    }
}
