using System.Buffers.Binary;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Reads fixed-offset header fields in either byte order.</summary>
internal readonly ref struct EndianReader(ReadOnlySpan<byte> bytes, bool bigEndian)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public bool BigEndian { get; } = bigEndian;

    public short Int16(int offset) => BigEndian
        ? BinaryPrimitives.ReadInt16BigEndian(_bytes[offset..])
        : BinaryPrimitives.ReadInt16LittleEndian(_bytes[offset..]);

    public int Int32(int offset) => BigEndian
        ? BinaryPrimitives.ReadInt32BigEndian(_bytes[offset..])
        : BinaryPrimitives.ReadInt32LittleEndian(_bytes[offset..]);

    public long Int64(int offset) => BigEndian
        ? BinaryPrimitives.ReadInt64BigEndian(_bytes[offset..])
        : BinaryPrimitives.ReadInt64LittleEndian(_bytes[offset..]);

    public float Single(int offset) => BigEndian
        ? BinaryPrimitives.ReadSingleBigEndian(_bytes[offset..])
        : BinaryPrimitives.ReadSingleLittleEndian(_bytes[offset..]);

    public double Double(int offset) => BigEndian
        ? BinaryPrimitives.ReadDoubleBigEndian(_bytes[offset..])
        : BinaryPrimitives.ReadDoubleLittleEndian(_bytes[offset..]);

    public byte Byte(int offset) => _bytes[offset];

    /// <summary>A NUL-terminated ASCII field, trimmed.</summary>
    public string Text(int offset, int length)
    {
        ReadOnlySpan<byte> field = _bytes.Slice(offset, length);
        int end = field.IndexOf((byte)0);
        return System.Text.Encoding.Latin1.GetString(end < 0 ? field : field[..end]).Trim();
    }
}
