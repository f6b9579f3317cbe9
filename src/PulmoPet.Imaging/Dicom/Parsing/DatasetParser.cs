using System.Buffers.Binary;
using System.Text;

namespace PulmoPet.Imaging.Dicom.Parsing;

/// <summary>
/// Parses a data set from an in-memory buffer (PS3.5 section 7): explicit or implicit VR, either byte
/// order, sequences and items of defined and undefined length (7.5), encapsulated pixel data (A.4).
/// Every length is checked against the bytes left before anything is sliced, so a lying length field
/// costs no memory. Values are slices of the buffer, copied only to swap big-endian bytes.
/// </summary>
internal sealed partial class DatasetParser
{
    private const uint UndefinedLength = 0xFFFF_FFFF;

    private readonly byte[] _data;
    private readonly string _path;
    private readonly bool _explicitVr;
    private readonly bool _bigEndian;
    private readonly bool _bufferIsPrefix;
    private readonly bool _copyValues;

    /// <summary>
    /// A parser over <paramref name="data"/>. With <paramref name="copyValues"/> each value is copied into its own
    /// array instead of slicing the buffer, so a header kept for long (a folder scan) does not keep the file buffer alive;
    /// with <paramref name="bufferIsPrefix"/> running past the end asks the reader for the whole file.
    /// </summary>
    public DatasetParser(byte[] data, string path, bool explicitVr, bool bigEndian, bool bufferIsPrefix, bool copyValues = false)
    {
        _data = data;
        _path = path;
        _explicitVr = explicitVr;
        _bigEndian = bigEndian;
        _bufferIsPrefix = bufferIsPrefix;
        _copyValues = copyValues;
    }

    /// <summary>Set when parsing stopped at Pixel Data because the caller asked for headers only.</summary>
    public bool StoppedBeforePixelData { get; private set; }

    /// <summary>
    /// Reads elements from <paramref name="position"/> to <paramref name="end"/>, or up to an Item
    /// Delimitation Item when <paramref name="untilItemDelimiter"/>; returns the position after the last byte used.
    /// </summary>
    public int ReadDataset(DicomDataset dataset, int position, int end, bool untilItemDelimiter, bool stopAtPixelData, Func<DicomTag, bool>? stopAt = null)
    {
        while (position < end)
        {
            if (end - position < 8)
            {
                if (!untilItemDelimiter && _data.AsSpan(position, end - position).IndexOfAnyExcept((byte)0) < 0)
                {
                    return end; // trailing zero padding after the last element
                }

                throw Malformed(position, $"{end - position} bytes left, too few for an element header");
            }

            var tag = ReadTag(position);
            if (tag == DicomTags.ItemDelimitationItem)
            {
                if (untilItemDelimiter)
                {
                    return position + 8;
                }

                throw Malformed(position, "item delimiter outside an item");
            }

            if (tag == DicomTags.SequenceDelimitationItem || tag == DicomTags.Item)
            {
                throw Malformed(position, $"unexpected {tag} inside a data set");
            }

            if (tag == DicomTags.DataSetTrailingPadding && !untilItemDelimiter)
            {
                return end; // PS3.10 7.2: padding after the data set, ignored
            }

            if (stopAt != null && stopAt(tag))
            {
                return position;
            }

            if (stopAtPixelData && tag.Value >= DicomTags.FloatPixelData.Value && tag.Group == 0x7FE0)
            {
                StoppedBeforePixelData = true;
                return end;
            }

            position = ReadElement(dataset, position, end, tag);
            if (tag == DicomTags.SpecificCharacterSet)
            {
                dataset.CharacterSet = DicomCharacterSet.FromTerms(dataset.GetStrings(tag));
            }
        }

        if (untilItemDelimiter)
        {
            throw Truncated(position, "an item of undefined length has no item delimiter");
        }

        return position;
    }

    private int ReadElement(DicomDataset dataset, int start, int end, DicomTag tag)
    {
        int position = start + 4;
        DicomVr vr;
        uint length;
        if (_explicitVr)
        {
            byte v0 = _data[position], v1 = _data[position + 1];
            if (!DicomVrInfo.LooksLikeVr(v0, v1))
            {
                throw Malformed(start, $"element {tag} has no valid VR (bytes 0x{v0:X2} 0x{v1:X2})");
            }

            vr = (DicomVr)((v0 << 8) | v1);
            if (DicomVrInfo.HasLongLength(vr))
            {
                Need(position, 8, end, tag, start);
                length = ReadUInt32(position + 4);
                position += 8;
            }
            else
            {
                length = ReadUInt16(position + 2);
                position += 4;
            }
        }
        else
        {
            vr = DicomDictionary.ImplicitVr(tag);
            length = ReadUInt32(position);
            position += 4;
        }

        if (length == UndefinedLength)
        {
            if (tag == DicomTags.PixelData)
            {
                var (pixels, next) = ReadEncapsulated(position, end);
                dataset.Add(new DicomElement(tag, vr, start, pixels));
                return next;
            }

            if (vr is DicomVr.SQ or DicomVr.None)
            {
                var (items, next) = ReadSequence(dataset, position, end, undefinedLength: true);
                dataset.Add(new DicomElement(tag, DicomVr.SQ, start, items));
                return next;
            }

            if (vr == DicomVr.UN)
            {
                // PS3.5 6.2.2: UN of undefined length holds a sequence encoded in Implicit VR Little Endian.
                var implicitParser = new DatasetParser(_data, _path, false, false, _bufferIsPrefix, _copyValues);
                var (items, next) = implicitParser.ReadSequence(dataset, position, end, undefinedLength: true);
                dataset.Add(new DicomElement(tag, DicomVr.SQ, start, items));
                return next;
            }

            throw Malformed(start, $"element {tag} with VR {DicomVrInfo.Name(vr)} has undefined length");
        }

        Need(position, length, end, tag, start);
        int valueEnd = position + (int)length;
        if (vr == DicomVr.SQ || (vr == DicomVr.None && LooksLikeImplicitSequence(position, (int)length)))
        {
            var (items, next) = ReadSequence(dataset, position, valueEnd, undefinedLength: false);
            if (next != valueEnd)
            {
                throw Malformed(next, $"sequence {tag} items end before its stated length");
            }

            dataset.Add(new DicomElement(tag, DicomVr.SQ, start, items));
            return valueEnd;
        }

        ReadOnlyMemory<byte> value = _data.AsMemory(position, (int)length);
        int swap = _bigEndian ? DicomVrInfo.SwapUnitSize(vr) : 1;
        if (swap > 1)
        {
            value = SwapBytes(value.Span, swap);
        }
        else if (_copyValues)
        {
            value = value.ToArray();
        }

        dataset.Add(new DicomElement(tag, vr, start, value));
        return valueEnd;
    }

    private DicomTag ReadTag(int position) => new(ReadUInt16(position), ReadUInt16(position + 2));

    private ushort ReadUInt16(int position) => _bigEndian
        ? BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(position, 2))
        : BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan(position, 2));

    private uint ReadUInt32(int position) => _bigEndian
        ? BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(position, 4))
        : BinaryPrimitives.ReadUInt32LittleEndian(_data.AsSpan(position, 4));

    /// <summary>Checks a stated length against the bytes left; errors report the element header at <paramref name="elementStart"/>.</summary>
    private void Need(int position, uint length, int end, DicomTag tag, int elementStart)
    {
        if (length > (uint)(end - position))
        {
            throw Truncated(elementStart, $"element {tag} states {length} bytes but only {end - position} remain");
        }
    }

    private static byte[] SwapBytes(ReadOnlySpan<byte> source, int unit)
    {
        var copy = source.ToArray();
        for (int i = 0; i + unit <= copy.Length; i += unit)
        {
            copy.AsSpan(i, unit).Reverse();
        }

        return copy;
    }

    private Exception Truncated(int position, string problem) =>
        _bufferIsPrefix ? new NeedMoreDataException() : Malformed(position, problem);

    private DicomFormatException Malformed(int position, string problem) => DicomFormatException.At(_path, position, problem);
}

/// <summary>Thrown while parsing a file prefix when the data runs past it; the reader then reads the whole file.</summary>
internal sealed class NeedMoreDataException : Exception
{
}
