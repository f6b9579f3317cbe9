namespace PulmoPet.Imaging.Dicom;

/// <summary>
/// One data element (PS3.5 7.1): its tag, VR, and either a value (bytes in little-endian order whatever
/// the file's byte order), the items of a sequence (PS3.5 7.5), or the fragments of encapsulated pixel
/// data (PS3.5 A.4).
/// </summary>
public sealed class DicomElement
{
    internal DicomElement(DicomTag tag, DicomVr vr, long fileOffset, ReadOnlyMemory<byte> value)
    {
        Tag = tag;
        Vr = vr;
        FileOffset = fileOffset;
        Value = value;
    }

    internal DicomElement(DicomTag tag, DicomVr vr, long fileOffset, IReadOnlyList<DicomDataset> items)
        : this(tag, vr, fileOffset, ReadOnlyMemory<byte>.Empty)
    {
        Items = items;
    }

    internal DicomElement(DicomTag tag, DicomVr vr, long fileOffset, EncapsulatedPixelData fragments)
        : this(tag, vr, fileOffset, ReadOnlyMemory<byte>.Empty)
    {
        Encapsulated = fragments;
    }

    public DicomTag Tag { get; }

    /// <summary>The VR written in the file, or <see cref="DicomVr.None"/> for implicit VR.</summary>
    public DicomVr Vr { get; }

    /// <summary>Byte offset of the element header in the (inflated) file, for error messages.</summary>
    public long FileOffset { get; }

    /// <summary>The value bytes, little-endian. Empty for sequences and encapsulated pixel data.</summary>
    public ReadOnlyMemory<byte> Value { get; }

    /// <summary>The items when this element is a sequence; otherwise null.</summary>
    public IReadOnlyList<DicomDataset>? Items { get; }

    /// <summary>The fragments when this is encapsulated pixel data; otherwise null.</summary>
    public EncapsulatedPixelData? Encapsulated { get; }

    public override string ToString() => $"{Tag} {DicomVrInfo.Name(Vr)} {(Items != null ? $"{Items.Count} items" : $"{Value.Length} bytes")}";
}

/// <summary>Encapsulated pixel data (PS3.5 A.4): the Basic Offset Table and the fragments that follow it.</summary>
public sealed class EncapsulatedPixelData
{
    internal EncapsulatedPixelData(uint[] offsetTable, IReadOnlyList<ReadOnlyMemory<byte>> fragments, IReadOnlyList<long> fragmentOffsets)
    {
        OffsetTable = offsetTable;
        Fragments = fragments;
        FragmentOffsets = fragmentOffsets;
    }

    /// <summary>Basic Offset Table entries: offset of each frame's first fragment item, relative to the first fragment item.</summary>
    public uint[] OffsetTable { get; }

    public IReadOnlyList<ReadOnlyMemory<byte>> Fragments { get; }

    /// <summary>File offset of each fragment's value, for error messages.</summary>
    public IReadOnlyList<long> FragmentOffsets { get; }
}
