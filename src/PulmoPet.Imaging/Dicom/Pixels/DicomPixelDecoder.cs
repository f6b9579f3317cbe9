namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>
/// Decodes the stored values of one frame of Pixel Data (7FE0,0010): native (PS3.5 8.1), RLE Lossless
/// (annex G) or lossless JPEG process 14 (8.2.1). Other encapsulated syntaxes throw a
/// <see cref="DicomFormatException"/> naming the syntax and the file.
/// </summary>
public static class DicomPixelDecoder
{
    /// <summary>
    /// Writes the stored values (after BitsStored masking and sign extension, before rescale) of
    /// <paramref name="frameIndex"/> into <paramref name="destination"/>, Rows×Columns×SamplesPerPixel values, row by row.
    /// Doubles hold every 8/16/32-bit signed or unsigned value exactly.
    /// </summary>
    public static void DecodeFrame(DicomFile file, int frameIndex, Span<double> destination)
    {
        var pixels = PixelDescription.From(file.Dataset);
        DecodeFrame(file, pixels, frameIndex, destination);
    }

    /// <summary>All values of one frame in a new array.</summary>
    public static double[] DecodeFrame(DicomFile file, int frameIndex = 0)
    {
        var pixels = PixelDescription.From(file.Dataset);
        CheckPlausibleSize(file, pixels);
        var values = new double[pixels.PixelsPerFrame * pixels.SamplesPerPixel];
        DecodeFrame(file, pixels, frameIndex, values);
        return values;
    }

    /// <summary>
    /// The largest ratio of decoded to compressed bytes the decoders can produce: an RLE replicate run turns
    /// 2 bytes into 128 (PS3.5 G.3.1), lossless JPEG spends at least one bit per sample. Used to refuse a frame
    /// whose header promises more samples than its data can hold before allocating for them.
    /// </summary>
    private const long MaxCompressionRatio = 64;

    /// <summary>Before allocating a frame buffer from Rows × Columns: native data must be that long; compressed data plausibly so.</summary>
    private static void CheckPlausibleSize(DicomFile file, PixelDescription pixels)
    {
        var element = file.Dataset[DicomTags.PixelData];
        if (element == null || file.PixelDataSkipped)
        {
            return;
        }

        if (element.Encapsulated != null && file.TransferSyntax.PixelEncoding is not (PixelEncoding.RleLossless or PixelEncoding.JpegLossless))
        {
            return; // not decodable anyway: the decoder names the transfer syntax
        }

        long available = element.Encapsulated == null
            ? element.Value.Length
            : MaxCompressionRatio * element.Encapsulated.Fragments.Sum(f => (long)f.Length) + 1024;
        if (pixels.FrameBytes > available)
        {
            throw DicomFormatException.At(file.Path, element.FileOffset,
                $"Pixel Data holds {(element.Encapsulated == null ? available : available / MaxCompressionRatio)} bytes, too few for one {pixels.Columns}×{pixels.Rows}×{pixels.SamplesPerPixel} frame of {pixels.BitsAllocated} bits");
        }
    }

    internal static void DecodeFrame(DicomFile file, PixelDescription pixels, int frameIndex, Span<double> destination)
    {
        if (file.PixelDataSkipped)
        {
            throw new InvalidOperationException($"'{file.Path}' was read without pixel data; read it with DicomReadOptions.Full.");
        }

        if (frameIndex < 0 || frameIndex >= pixels.NumberOfFrames)
        {
            throw new ArgumentOutOfRangeException(nameof(frameIndex), $"'{file.Path}' has {pixels.NumberOfFrames} frames; frame {frameIndex} does not exist.");
        }

        int count = pixels.PixelsPerFrame * pixels.SamplesPerPixel;
        if (destination.Length < count)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values but a frame has {count}.", nameof(destination));
        }

        var element = file.Dataset[DicomTags.PixelData]
            ?? throw new DicomFormatException($"DICOM file '{file.Path}' has no Pixel Data (7FE0,0010).");
        var syntax = file.TransferSyntax;

        if (element.Encapsulated == null)
        {
            if (syntax.Encapsulated)
            {
                throw DicomFormatException.At(file.Path, element.FileOffset, $"Pixel Data has a defined length although transfer syntax {syntax} requires encapsulation");
            }

            var all = element.Value.Span;
            long start = pixels.BitsAllocated == 1 ? 0 : frameIndex * pixels.FrameBytes;
            long needed = pixels.BitsAllocated == 1
                ? ((long)(frameIndex + 1) * count + 7) / 8
                : start + pixels.FrameBytes;
            if (needed > all.Length)
            {
                throw DicomFormatException.At(file.Path, element.FileOffset,
                    $"Pixel Data holds {all.Length} bytes but frame {frameIndex} of {pixels.Columns}×{pixels.Rows}×{pixels.SamplesPerPixel} at {pixels.BitsAllocated} bits needs {needed}");
            }

            long bitOffset = pixels.BitsAllocated == 1 ? (long)frameIndex * count : 0;
            StoredValueConverter.Convert(all[(int)start..], pixels, bitOffset, destination[..count]);
            return;
        }

        if (pixels.BitsAllocated == 1 || syntax.PixelEncoding is PixelEncoding.Unsupported or PixelEncoding.Native)
        {
            throw new DicomFormatException(
                $"DICOM file '{file.Path}' uses transfer syntax {syntax}, which PulmoPet cannot decode; convert it to an uncompressed syntax first (e.g. with gdcmconv --raw or dcmdjpeg).");
        }

        var (frame, frameOffset) = FrameFragments.Get(element.Encapsulated, pixels.NumberOfFrames, frameIndex, file.Path, element.FileOffset);
        if (pixels.FrameBytes > MaxCompressionRatio * (long)frame.Length + 1024)
        {
            throw DicomFormatException.At(file.Path, frameOffset,
                $"a {frame.Length}-byte compressed frame cannot hold {pixels.Columns}×{pixels.Rows} samples of {pixels.BitsAllocated} bits (Rows/Columns are wrong or the data are cut)");
        }

        var native = new byte[pixels.FrameBytes];
        if (syntax.PixelEncoding == PixelEncoding.RleLossless)
        {
            RleDecoder.Decode(frame.Span, pixels, native, file.Path, frameOffset);
        }
        else
        {
            JpegLosslessDecoder.Decode(frame.Span, pixels, native, file.Path, frameOffset);
        }

        StoredValueConverter.Convert(native, pixels, 0, destination[..count]);
    }
}
