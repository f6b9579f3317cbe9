using System.Buffers.Binary;

namespace PulmoPet.Imaging.Dicom.Parsing;

/// <summary>Sequences and items (PS3.5 7.5) and encapsulated pixel data fragments (PS3.5 A.4).</summary>
internal sealed partial class DatasetParser
{
    /// <summary>
    /// Implicit VR carries no VR (PS3.5 7.1.3), so a defined-length sequence is recognised by its first item tag
    /// (FFFE,E000); an empty sequence stays an empty value, which reads as a sequence of no items.
    /// </summary>
    private bool LooksLikeImplicitSequence(int position, int length) =>
        length >= 8 && ReadTag(position) == DicomTags.Item;

    private (IReadOnlyList<DicomDataset> Items, int Next) ReadSequence(DicomDataset parent, int position, int end, bool undefinedLength)
    {
        var items = new List<DicomDataset>();
        while (true)
        {
            if (!undefinedLength && position >= end)
            {
                return (items, position);
            }

            if (end - position < 8)
            {
                throw Truncated(position, "a sequence ends before its delimiter");
            }

            var tag = ReadTag(position);
            uint length = ReadUInt32(position + 4);
            if (tag == DicomTags.SequenceDelimitationItem)
            {
                return (items, position + 8);
            }

            if (tag != DicomTags.Item)
            {
                throw Malformed(position, $"expected an item tag in a sequence, found {tag}");
            }

            var item = new DicomDataset(parent.SourcePath, parent.CharacterSet);
            position += 8;
            if (length == UndefinedLength)
            {
                position = ReadDataset(item, position, end, untilItemDelimiter: true, stopAtPixelData: false);
            }
            else
            {
                Need(position, length, end, tag, position - 8);
                int itemEnd = position + (int)length;
                ReadDataset(item, position, itemEnd, untilItemDelimiter: false, stopAtPixelData: false);
                position = itemEnd;
            }

            items.Add(item);
        }
    }

    /// <summary>PS3.5 A.4: an offset-table item, then one item per fragment, then a sequence delimiter.</summary>
    private (EncapsulatedPixelData Pixels, int Next) ReadEncapsulated(int position, int end)
    {
        uint[]? offsetTable = null;
        var fragments = new List<ReadOnlyMemory<byte>>();
        var offsets = new List<long>();
        while (true)
        {
            if (end - position < 8)
            {
                throw Truncated(position, "encapsulated pixel data ends before its sequence delimiter");
            }

            var tag = ReadTag(position);
            uint length = ReadUInt32(position + 4);
            if (tag == DicomTags.SequenceDelimitationItem)
            {
                return (new EncapsulatedPixelData(offsetTable ?? [], fragments, offsets), position + 8);
            }

            if (tag != DicomTags.Item)
            {
                throw Malformed(position, $"expected a fragment item in encapsulated pixel data, found {tag}");
            }

            Need(position + 8, length, end, tag, position);
            var value = _data.AsMemory(position + 8, (int)length);
            if (offsetTable == null)
            {
                offsetTable = new uint[length / 4];
                for (int i = 0; i < offsetTable.Length; i++)
                {
                    offsetTable[i] = BinaryPrimitives.ReadUInt32LittleEndian(value.Span.Slice(i * 4, 4));
                }
            }
            else
            {
                fragments.Add(value);
                offsets.Add(position + 8);
            }

            position += 8 + (int)length;
        }
    }
}
