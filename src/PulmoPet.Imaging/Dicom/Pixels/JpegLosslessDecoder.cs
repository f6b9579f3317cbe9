using System.Buffers.Binary;

namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>
/// Lossless JPEG, process 14 (ITU T.81 annex H, Huffman coded, non-hierarchical; SOF3), as used by the
/// DICOM transfer syntaxes 1.2.840.10008.1.2.4.57 and .70 (PS3.5 8.2.1). Supports predictors 1–7 (table H.1),
/// point transform, restart intervals, 2–16 bit precision and interleaved components with 1×1 sampling.
/// </summary>
internal static partial class JpegLosslessDecoder
{
    public static void Decode(ReadOnlySpan<byte> jpeg, PixelDescription pixels, Span<byte> native, string path, long fileOffset)
    {
        var tables = new HuffmanTable?[4];
        int precision = 0, width = 0, height = 0, restartInterval = 0;
        int[] componentIds = [];
        int position = 0;
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw Error(path, fileOffset, 0, "the JPEG stream does not start with SOI");
        }

        position = 2;
        while (position + 4 <= jpeg.Length)
        {
            if (jpeg[position] != 0xFF)
            {
                position++;
                continue;
            }

            byte marker = jpeg[position + 1];
            if (marker is 0xFF or 0x00 or 0xD8 || marker is >= 0xD0 and <= 0xD7)
            {
                position++;
                continue;
            }

            if (marker == 0xD9)
            {
                break;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
            if (length < 2 || position + 2 + length > jpeg.Length)
            {
                throw Error(path, fileOffset, position, $"JPEG marker 0xFF{marker:X2} segment length {length} runs past the stream");
            }

            var segment = jpeg.Slice(position + 4, length - 2);
            switch (marker)
            {
                case 0xC3:
                    if (segment.Length < 6 || segment.Length < 6 + 3 * segment[5])
                    {
                        throw Error(path, fileOffset, position, "the JPEG frame header (SOF3) is too short");
                    }

                    precision = segment[0];
                    if (precision is < 2 or > 16)
                    {
                        throw Error(path, fileOffset, position, $"JPEG sample precision {precision} is outside 2–16");
                    }

                    height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                    width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                    componentIds = new int[segment[5]];
                    for (int c = 0; c < componentIds.Length; c++)
                    {
                        componentIds[c] = segment[6 + 3 * c];
                        if (segment[7 + 3 * c] != 0x11)
                        {
                            throw Error(path, fileOffset, position, "lossless JPEG with subsampled components is not supported");
                        }
                    }

                    break;
                case 0xC4:
                    ReadHuffmanTables(segment, tables, path, fileOffset, position);
                    break;
                case 0xDD when segment.Length >= 2:
                    restartInterval = BinaryPrimitives.ReadUInt16BigEndian(segment);
                    break;
                case 0xDA:
                    if (segment.Length < 1 || segment.Length < 4 + 2 * segment[0])
                    {
                        throw Error(path, fileOffset, position, "the JPEG scan header (SOS) is too short");
                    }

                    if (width == 0)
                    {
                        throw Error(path, fileOffset, position, "JPEG scan before a lossless (SOF3) frame header");
                    }

                    if (width != pixels.Columns || height != pixels.Rows || componentIds.Length != pixels.SamplesPerPixel)
                    {
                        throw Error(path, fileOffset, position, $"the JPEG frame is {width}×{height}×{componentIds.Length} but the header says {pixels.Columns}×{pixels.Rows}×{pixels.SamplesPerPixel}");
                    }

                    DecodeScan(jpeg, position + 2 + length, segment, tables, precision, width, height, componentIds.Length, restartInterval, pixels, native, path, fileOffset);
                    return;
                default:
                    if (marker is 0xC0 or 0xC1 or 0xC2 or (>= 0xC5 and <= 0xCF and not 0xC8 and not 0xCC))
                    {
                        throw Error(path, fileOffset, position, $"JPEG frame type SOF{marker - 0xC0} is not lossless process 14");
                    }

                    break; // APPn, COM, DQT and other segments carry nothing lossless decoding needs
            }

            position += 2 + length;
        }

        throw Error(path, fileOffset, position, "the JPEG stream has no scan");
    }

    private static void ReadHuffmanTables(ReadOnlySpan<byte> segment, HuffmanTable?[] tables, string path, long fileOffset, int position)
    {
        int p = 0;
        while (p + 17 <= segment.Length)
        {
            int id = segment[p] & 0x0F;
            var counts = segment.Slice(p + 1, 16);
            int total = 0;
            foreach (byte count in counts)
            {
                total += count;
            }

            if (id > 3 || p + 17 + total > segment.Length)
            {
                throw Error(path, fileOffset, position, "a JPEG Huffman table is malformed");
            }

            try
            {
                tables[id] = new HuffmanTable(counts, segment.Slice(p + 17, total));
            }
            catch (InvalidDataException e)
            {
                throw Error(path, fileOffset, position, e.Message);
            }

            p += 17 + total;
        }
    }

    private static DicomFormatException Error(string path, long fileOffset, int position, string problem) =>
        DicomFormatException.At(path, fileOffset + position, problem);
}
