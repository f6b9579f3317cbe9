namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>
/// Which fragments of encapsulated pixel data form one frame (PS3.5 A.4): one fragment per frame when
/// the counts match, the Basic Offset Table when present, all fragments for a single frame otherwise.
/// </summary>
internal static class FrameFragments
{
    public static (ReadOnlyMemory<byte> Frame, long FileOffset) Get(EncapsulatedPixelData pixels, int frameCount, int frameIndex, string path, long elementOffset)
    {
        var fragments = pixels.Fragments;
        if (fragments.Count == 0)
        {
            throw DicomFormatException.At(path, elementOffset, "encapsulated Pixel Data has no fragments");
        }

        if (fragments.Count == frameCount)
        {
            return (fragments[frameIndex], pixels.FragmentOffsets[frameIndex]);
        }

        int first, last;
        if (frameCount == 1)
        {
            first = 0;
            last = fragments.Count;
        }
        else if (pixels.OffsetTable.Length == frameCount)
        {
            first = FragmentAt(pixels, pixels.OffsetTable[frameIndex], path, elementOffset);
            last = frameIndex + 1 < frameCount ? FragmentAt(pixels, pixels.OffsetTable[frameIndex + 1], path, elementOffset) : fragments.Count;
        }
        else
        {
            throw DicomFormatException.At(path, elementOffset,
                $"{frameCount} frames are spread over {fragments.Count} fragments without a Basic Offset Table to tell them apart");
        }

        if (last - first == 1)
        {
            return (fragments[first], pixels.FragmentOffsets[first]);
        }

        long total = 0;
        for (int i = first; i < last; i++)
        {
            total += fragments[i].Length;
        }

        var joined = new byte[total];
        int position = 0;
        for (int i = first; i < last; i++)
        {
            fragments[i].Span.CopyTo(joined.AsSpan(position));
            position += fragments[i].Length;
        }

        return (joined, pixels.FragmentOffsets[first]);
    }

    /// <summary>The offset table counts bytes from the first fragment's item tag; each item adds an 8-byte header.</summary>
    private static int FragmentAt(EncapsulatedPixelData pixels, uint offset, string path, long elementOffset)
    {
        long position = 0;
        for (int i = 0; i < pixels.Fragments.Count; i++)
        {
            if (position == offset)
            {
                return i;
            }

            position += 8 + pixels.Fragments[i].Length;
        }

        throw DicomFormatException.At(path, elementOffset, $"Basic Offset Table entry {offset} does not point to a fragment");
    }
}
