using System.Buffers.Binary;

namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>
/// RLE Lossless (PS3.5 annex G): a 64-byte header of segment count and offsets, then one PackBits
/// segment per byte plane, most significant byte first (G.2). Output: native little-endian samples, pixel-interleaved.
/// </summary>
internal static class RleDecoder
{
    public static void Decode(ReadOnlySpan<byte> frame, PixelDescription pixels, Span<byte> native, string path, long fileOffset)
    {
        int bytesPerSample = pixels.BitsAllocated / 8;
        int segments = bytesPerSample * pixels.SamplesPerPixel;
        if (frame.Length < 64)
        {
            throw DicomFormatException.At(path, fileOffset, "an RLE frame is shorter than its 64-byte header");
        }

        int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(frame);
        if (count != segments)
        {
            throw DicomFormatException.At(path, fileOffset, $"the RLE header lists {count} segments but {segments} byte planes are needed");
        }

        int pixelCount = pixels.PixelsPerFrame;
        var plane = new byte[pixelCount];
        for (int s = 0; s < segments; s++)
        {
            int start = (int)BinaryPrimitives.ReadUInt32LittleEndian(frame.Slice(4 + 4 * s));
            int end = s + 1 < segments ? (int)BinaryPrimitives.ReadUInt32LittleEndian(frame.Slice(8 + 4 * s)) : frame.Length;
            if (start < 64 || end > frame.Length || end < start)
            {
                throw DicomFormatException.At(path, fileOffset, $"RLE segment {s} offsets {start}…{end} lie outside the {frame.Length}-byte frame");
            }

            UnpackBits(frame[start..end], plane, path, fileOffset + start);
            int sample = s / bytesPerSample;
            int byteInSample = bytesPerSample - 1 - (s % bytesPerSample); // segment 0 holds the most significant byte
            int stride = bytesPerSample * pixels.SamplesPerPixel;
            int target = sample * bytesPerSample + byteInSample;
            for (int i = 0; i < pixelCount; i++, target += stride)
            {
                native[target] = plane[i];
            }
        }
    }

    /// <summary>PackBits (G.3.1): n ≥ 0 copies n+1 bytes, −127 ≤ n ≤ −1 repeats the next byte 1−n times, −128 is a no-op.</summary>
    private static void UnpackBits(ReadOnlySpan<byte> source, Span<byte> target, string path, long fileOffset)
    {
        int i = 0, o = 0;
        while (o < target.Length)
        {
            if (i >= source.Length)
            {
                throw DicomFormatException.At(path, fileOffset + i, $"an RLE segment decodes to {o} bytes, {target.Length} expected");
            }

            int n = (sbyte)source[i++];
            if (n >= 0)
            {
                int run = Math.Min(n + 1, Math.Min(target.Length - o, source.Length - i));
                source.Slice(i, run).CopyTo(target[o..]);
                i += n + 1;
                o += run;
            }
            else if (n != -128)
            {
                if (i >= source.Length)
                {
                    throw DicomFormatException.At(path, fileOffset + i, "an RLE replicate run has no byte to repeat");
                }

                int run = Math.Min(1 - n, target.Length - o);
                target.Slice(o, run).Fill(source[i++]);
                o += run;
            }
        }
    }
}
