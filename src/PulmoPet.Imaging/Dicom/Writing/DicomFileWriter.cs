using System.Buffers.Binary;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>
/// Writes DICOM Part 10 files (PS3.10 7.1) in Explicit VR Little Endian (PS3.5 A.2): a 128-byte zero preamble,
/// "DICM", the File Meta Information group (0002) with its group length (0002,0000), then the data set in
/// ascending tag order (PS3.5 7.1). Sequences and items are written with defined lengths (PS3.5 7.5.1);
/// element values are already even-length (<see cref="DicomDatasetBuilder"/>), odd ones are padded here as well.
/// Files are written to a temporary name and renamed (<see cref="AtomicFile"/>).
/// </summary>
public static class DicomFileWriter
{
    /// <summary>PulmoPet's Implementation Class UID (0002,0012), the UUID 91d086c0-118e-4bca-a9a8-91d9f5c7b114 as a 2.25 UID (PS3.7 D.3.3.2, PS3.5 B.2).</summary>
    public const string ImplementationClassUid = "2.25.193820790195515408329677837046903189780";

    /// <summary>Implementation Version Name (0002,0013), SH.</summary>
    public const string ImplementationVersionName = "PULMOPET_1";

    private const int PreambleLength = 128;
    private static readonly DicomTag FileMetaInformationVersion = new(0x0002, 0x0001);
    private static readonly DicomTag MediaStorageSopInstanceUid = new(0x0002, 0x0003);
    private static readonly DicomTag ImplementationClassUidTag = new(0x0002, 0x0012);
    private static readonly DicomTag ImplementationVersionNameTag = new(0x0002, 0x0013);
    private const uint UndefinedLength = 0xFFFF_FFFF;

    /// <summary>Writes <paramref name="dataset"/> to <paramref name="path"/> atomically; it must hold SOP Class and SOP Instance UIDs.</summary>
    public static void Write(string path, DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        CheckCharacterSet(dataset);
        var meta = FileMeta(dataset);
        AtomicFile.Write(path, stream => Write(stream, meta, dataset));
    }

    /// <summary>The bytes of the Part 10 file of <paramref name="dataset"/>.</summary>
    public static byte[] Encode(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        CheckCharacterSet(dataset);
        var meta = FileMeta(dataset);
        using var stream = new MemoryStream();
        Write(stream, meta, dataset);
        return stream.ToArray();
    }

    /// <summary>
    /// The File Meta Information of PS3.10 7.1: version 00\01, Media Storage SOP Class/Instance UID (copied
    /// from the data set's SOP Common module, PS3.3 C.12.1), Transfer Syntax, Implementation Class UID and name.
    /// </summary>
    private static DicomDataset FileMeta(DicomDataset dataset)
    {
        string sopClass = dataset.GetString(DicomTags.SopClassUid)
            ?? throw new ArgumentException("The data set has no SOP Class UID (0008,0016), which the file meta information copies.", nameof(dataset));
        string sopInstance = dataset.GetString(DicomTags.SopInstanceUid)
            ?? throw new ArgumentException("The data set has no SOP Instance UID (0008,0018), which the file meta information copies.", nameof(dataset));
        var meta = new DicomDatasetBuilder()
            .AddBytes(FileMetaInformationVersion, DicomVr.OB, [0x00, 0x01])
            .Add(DicomTags.MediaStorageSopClassUid, DicomVr.UI, sopClass)
            .Add(MediaStorageSopInstanceUid, DicomVr.UI, sopInstance)
            .Add(DicomTags.TransferSyntaxUid, DicomVr.UI, TransferSyntax.ExplicitVrLittleEndian.Uid)
            .Add(ImplementationClassUidTag, DicomVr.UI, ImplementationClassUid)
            .Add(ImplementationVersionNameTag, DicomVr.SH, ImplementationVersionName)
            .Build();

        // (0002,0000): the bytes of the group's elements that follow it (PS3.10 7.1).
        uint groupLength = (uint)meta.Elements.Sum(ElementLength);
        var withLength = new DicomDatasetBuilder().AddUInt32(DicomTags.FileMetaInformationGroupLength, groupLength).Build();
        foreach (var element in meta.Elements)
        {
            withLength.Add(element);
        }

        return withLength;
    }

    private static void Write(Stream stream, DicomDataset meta, DicomDataset dataset)
    {
        Span<byte> preamble = stackalloc byte[PreambleLength + 4];
        preamble.Clear();
        "DICM"u8.CopyTo(preamble[PreambleLength..]);
        stream.Write(preamble);
        WriteElements(stream, meta);
        if (dataset.Elements.Any(e => e.Tag.Group == 0x0002))
        {
            throw new ArgumentException("File meta elements (group 0002) belong to the file meta information, not the data set.", nameof(dataset));
        }

        WriteElements(stream, dataset);
    }

    /// <summary>
    /// Text outside ASCII is only readable when Specific Character Set (0008,0005) names its encoding (PS3.5 6.1.2.3);
    /// the builder encodes UTF-8, so a data set holding such text must declare "ISO_IR 192".
    /// </summary>
    private static void CheckCharacterSet(DicomDataset dataset)
    {
        string declared = string.Join('\\', dataset.GetStrings(DicomTags.SpecificCharacterSet));
        if (declared == DicomDatasetBuilder.Utf8CharacterSet || !HasNonAsciiText(dataset))
        {
            return;
        }

        throw new ArgumentException(
            $"The data set holds non-ASCII text but Specific Character Set (0008,0005) is '{declared}'; add \"{DicomDatasetBuilder.Utf8CharacterSet}\" (the builder writes UTF-8).", nameof(dataset));
    }

    private static bool HasNonAsciiText(DicomDataset dataset) => dataset.Elements.Any(e =>
        e.Items != null ? e.Items.Any(HasNonAsciiText) : DicomVrInfo.UsesCharacterSet(e.Vr) && e.Vr != DicomVr.UN && !System.Text.Ascii.IsValid(e.Value.Span));

    private static void WriteElements(Stream stream, DicomDataset dataset)
    {
        foreach (var element in dataset.Elements)
        {
            WriteElement(stream, element);
        }
    }

    /// <summary>PS3.5 7.1.2: tag, VR, then a 16-bit length, or 2 reserved bytes and a 32-bit length for the long VRs (table 7.1-1).</summary>
    private static void WriteElement(Stream stream, DicomElement element)
    {
        if (element.Encapsulated != null)
        {
            throw new NotSupportedException($"Element {element.Tag}: encapsulated (compressed) pixel data is not written; PulmoPet writes native Explicit VR Little Endian only.");
        }

        DicomVr vr = element.Vr == DicomVr.None ? DicomVr.UN : element.Vr;
        long valueLength = ValueLength(element);
        if (valueLength >= UndefinedLength)
        {
            throw new ArgumentException($"Element {element.Tag} is {valueLength} bytes, beyond the 32-bit length of PS3.5 7.1.2.");
        }

        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, element.Tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], element.Tag.Element);
        header[4] = (byte)((ushort)vr >> 8);
        header[5] = (byte)vr;
        if (DicomVrInfo.HasLongLength(vr))
        {
            header[6] = 0;
            header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], (uint)valueLength);
            stream.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], checked((ushort)valueLength));
            stream.Write(header[..8]);
        }

        if (element.Items != null)
        {
            foreach (var item in element.Items)
            {
                // PS3.5 7.5.2: Item tag (FFFE,E000) with the item's defined length, then its elements.
                var itemHeader = header[..8];
                BinaryPrimitives.WriteUInt16LittleEndian(itemHeader, DicomTags.Item.Group);
                BinaryPrimitives.WriteUInt16LittleEndian(itemHeader[2..], DicomTags.Item.Element);
                BinaryPrimitives.WriteUInt32LittleEndian(itemHeader[4..], checked((uint)DatasetLength(item)));
                stream.Write(itemHeader);
                WriteElements(stream, item);
            }

            return;
        }

        var value = element.Value.Span;
        stream.Write(value);
        if (value.Length % 2 != 0)
        {
            stream.WriteByte(PadByte(vr));
        }
    }

    /// <summary>PS3.5 6.2: UI and binary VRs pad with NUL, text VRs with SPACE.</summary>
    private static byte PadByte(DicomVr vr) => vr is DicomVr.UI or DicomVr.OB or DicomVr.UN ? (byte)0 : (byte)' ';

    private static long DatasetLength(DicomDataset dataset) => dataset.Elements.Sum(ElementLength);

    private static long ElementLength(DicomElement element)
    {
        DicomVr vr = element.Vr == DicomVr.None ? DicomVr.UN : element.Vr;
        return (DicomVrInfo.HasLongLength(vr) ? 12 : 8) + ValueLength(element);
    }

    private static long ValueLength(DicomElement element) => element.Items != null
        ? element.Items.Sum(item => 8 + DatasetLength(item))
        : element.Value.Length + (element.Value.Length % 2);
}
