using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace PulmoPet.Imaging.Dicom;

/// <summary>
/// A set of data elements (a top-level dataset, the file meta group or a sequence item), PS3.5 section 7,
/// with typed accessors. Text is decoded with the dataset's Specific Character Set (PS3.5 6.1), inherited by items.
/// </summary>
public sealed class DicomDataset
{
    private readonly SortedDictionary<DicomTag, DicomElement> _elements = new();

    internal DicomDataset(string sourcePath, Encoding characterSet)
    {
        SourcePath = sourcePath;
        CharacterSet = characterSet;
    }

    /// <summary>The file this dataset was read from (for messages).</summary>
    public string SourcePath { get; }

    public Encoding CharacterSet { get; internal set; }

    public int Count => _elements.Count;

    public IEnumerable<DicomElement> Elements => _elements.Values;

    public bool Contains(DicomTag tag) => _elements.ContainsKey(tag);

    public DicomElement? this[DicomTag tag] => _elements.GetValueOrDefault(tag);

    /// <summary>The element's text with trailing (and, except for LT/ST/UT, leading) spaces and NULs removed; null when absent.</summary>
    public string? GetString(DicomTag tag)
    {
        if (!_elements.TryGetValue(tag, out var element) || element.Items != null || element.Encapsulated != null)
        {
            return null;
        }

        string text = DecodeText(element);
        return element.Vr is DicomVr.LT or DicomVr.ST or DicomVr.UT ? text.TrimEnd(' ', '\0') : text.Trim(' ', '\0');
    }

    /// <summary>The backslash-separated values of a multi-valued string (PS3.5 6.4), each trimmed; empty when absent.</summary>
    public string[] GetStrings(DicomTag tag)
    {
        string? text = GetString(tag);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        string[] parts = text.Split('\\');
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim(' ', '\0');
        }

        return parts;
    }

    /// <summary>
    /// Numeric values: binary VRs (US, SS, UL, SL, FL, FD) are read as numbers, everything else as
    /// decimal text (DS, IS; PS3.5 6.2). Empty when absent; a value that is not a number throws.
    /// </summary>
    public double[] GetDoubles(DicomTag tag)
    {
        if (!_elements.TryGetValue(tag, out var element))
        {
            return [];
        }

        var bytes = element.Value.Span;
        switch (element.Vr)
        {
            case DicomVr.US: return ReadBinary(bytes, 2, static b => BinaryPrimitives.ReadUInt16LittleEndian(b));
            case DicomVr.SS: return ReadBinary(bytes, 2, static b => BinaryPrimitives.ReadInt16LittleEndian(b));
            case DicomVr.UL: return ReadBinary(bytes, 4, static b => BinaryPrimitives.ReadUInt32LittleEndian(b));
            case DicomVr.SL: return ReadBinary(bytes, 4, static b => BinaryPrimitives.ReadInt32LittleEndian(b));
            case DicomVr.FL or DicomVr.OF: return ReadBinary(bytes, 4, static b => BinaryPrimitives.ReadSingleLittleEndian(b));
            case DicomVr.FD or DicomVr.OD: return ReadBinary(bytes, 8, static b => BinaryPrimitives.ReadDoubleLittleEndian(b));
        }

        string[] parts = GetStrings(tag);
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new DicomFormatException(
                    $"DICOM file '{SourcePath}': element {tag} value '{parts[i]}' at byte {element.FileOffset} is not a number.");
            }
        }

        return values;
    }

    /// <summary>The first numeric value, or null when absent or empty.</summary>
    public double? GetDouble(DicomTag tag)
    {
        double[] values = GetDoubles(tag);
        return values.Length > 0 ? values[0] : null;
    }

    /// <summary>
    /// An unsigned 16-bit value (US, e.g. Rows, BitsAllocated). Implicit VR stores it in binary too, so an
    /// element of VR None with 2 bytes is read as binary; text VRs (IS) are parsed.
    /// </summary>
    public int? GetUInt16(DicomTag tag)
    {
        if (!_elements.TryGetValue(tag, out var element) || element.Value.Length == 0)
        {
            return null;
        }

        if (element.Vr is DicomVr.US or DicomVr.None or DicomVr.UN or DicomVr.OW or DicomVr.OB)
        {
            if (element.Value.Length < 2)
            {
                throw DicomFormatException.At(SourcePath, element.FileOffset, $"element {tag} has {element.Value.Length} bytes, too short for a 16-bit value");
            }

            return BinaryPrimitives.ReadUInt16LittleEndian(element.Value.Span);
        }

        double? value = GetDouble(tag);
        return value is null ? null : (int)value.Value;
    }

    /// <summary>The items of a sequence (PS3.5 7.5); empty when absent.</summary>
    public IReadOnlyList<DicomDataset> GetSequence(DicomTag tag) =>
        _elements.TryGetValue(tag, out var element) && element.Items != null ? element.Items : [];

    /// <summary>
    /// A private element by its creator (PS3.5 7.8.1): finds the block (gggg,00xx) whose value is
    /// <paramref name="creator"/> and returns (gggg, xx<paramref name="elementOffset"/>).
    /// </summary>
    public DicomElement? GetPrivate(ushort group, string creator, byte elementOffset)
    {
        for (ushort block = 0x10; block <= 0xFF; block++)
        {
            var creatorTag = new DicomTag(group, block);
            if (!_elements.ContainsKey(creatorTag))
            {
                continue;
            }

            if (string.Equals(GetString(creatorTag), creator, StringComparison.OrdinalIgnoreCase))
            {
                return this[new DicomTag(group, (ushort)((block << 8) | elementOffset))];
            }
        }

        return null;
    }

    /// <summary>Text of an element (any VR), decoded with this dataset's character set.</summary>
    public string DecodeText(DicomElement element)
    {
        var bytes = element.Value.Span;
        var encoding = DicomVrInfo.UsesCharacterSet(element.Vr) ? CharacterSet : DicomCharacterSet.Default;
        return encoding.GetString(bytes);
    }

    internal void Add(DicomElement element) => _elements[element.Tag] = element;

    private static double[] ReadBinary(ReadOnlySpan<byte> bytes, int size, ReadValue read)
    {
        var values = new double[bytes.Length / size];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = read(bytes.Slice(i * size, size));
        }

        return values;
    }

    private delegate double ReadValue(ReadOnlySpan<byte> bytes);
}
