using System.Buffers.Binary;

namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>
/// Lossless JPEG, process 14 (ITU T.81 annex H, Huffman coded, non-hierarchical; SOF3), as used by the
/// DICOM transfer syntaxes 1.2.840.10008.1.2.4.57 and .70 (PS3.5 8.2.1). Supports predictors 1–7 (table H.1),
/// point transform, restart intervals, 2–16 bit precision and interleaved components with 1×1 sampling.
/// </summary>
internal static class JpegLosslessDecoder
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
                    precision = segment[0];
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
                case 0xDD:
                    restartInterval = BinaryPrimitives.ReadUInt16BigEndian(segment);
                    break;
                case 0xDA:
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

            tables[id] = new HuffmanTable(counts, segment.Slice(p + 17, total));
            p += 17 + total;
        }
    }

    private static void DecodeScan(
        ReadOnlySpan<byte> jpeg, int dataStart, ReadOnlySpan<byte> header, HuffmanTable?[] tables, int precision, int width, int height,
        int components, int restartInterval, PixelDescription pixels, Span<byte> native, string path, long fileOffset)
    {
        int scanComponents = header[0];
        if (scanComponents != components)
        {
            throw Error(path, fileOffset, dataStart, "non-interleaved multi-scan lossless JPEG is not supported");
        }

        var componentTables = new HuffmanTable[components];
        for (int c = 0; c < components; c++)
        {
            int tableId = header[2 + 2 * c] >> 4;
            componentTables[c] = tables[tableId] ?? throw Error(path, fileOffset, dataStart, $"JPEG scan uses Huffman table {tableId}, which is not defined");
        }

        int predictor = header[1 + 2 * components];
        int pointTransform = header[3 + 2 * components] & 0x0F;
        if (predictor is < 1 or > 7)
        {
            throw Error(path, fileOffset, dataStart, $"lossless JPEG predictor {predictor} is not 1–7");
        }

        int bytesPerSample = pixels.BitsAllocated / 8;
        int initial = 1 << (precision - pointTransform - 1);
        int stride = width * components;
        var previous = new int[stride];
        var current = new int[stride];
        var reader = new JpegBitReader(jpeg, dataStart);
        if (restartInterval > 0 && restartInterval % width != 0)
        {
            throw Error(path, fileOffset, dataStart, $"a lossless JPEG restart interval of {restartInterval} samples that is not a whole number of {width}-sample lines is not supported");
        }

        int linesPerInterval = restartInterval / width;
        for (int y = 0; y < height; y++)
        {
            // H.1.2.1: the first line, and the first line after each restart, predicts from the left only,
            // and its first sample from 2^(P−Pt−1).
            bool firstLine = y == 0;
            if (linesPerInterval > 0 && y > 0 && y % linesPerInterval == 0)
            {
                reader.ConsumeRestartMarker();
                firstLine = true;
            }

            for (int x = 0; x < width; x++)
            {
                for (int c = 0; c < components; c++)
                {
                    int i = x * components + c;
                    int prediction;
                    if (firstLine)
                    {
                        prediction = x == 0 ? initial : current[i - components];
                    }
                    else if (x == 0)
                    {
                        prediction = previous[i];
                    }
                    else
                    {
                        int ra = current[i - components], rb = previous[i], rc = previous[i - components];
                        prediction = predictor switch
                        {
                            1 => ra,
                            2 => rb,
                            3 => rc,
                            4 => ra + rb - rc,
                            5 => ra + ((rb - rc) >> 1),
                            6 => rb + ((ra - rc) >> 1),
                            _ => (ra + rb) >> 1,
                        };
                    }

                    int difference = DecodeDifference(ref reader, componentTables[c], path, fileOffset);
                    current[i] = (prediction + difference) & 0xFFFF; // H.2.1: modulo 2^16
                }
            }

            WriteRow(current, y, pointTransform, bytesPerSample, native);
            (previous, current) = (current, previous);
        }
    }

    private static int DecodeDifference(ref JpegBitReader reader, HuffmanTable table, string path, long fileOffset)
    {
        int ssss;
        int peek = reader.PeekBits(HuffmanTable.LookupBits);
        int entry = table.Lookup(peek);
        if (entry != 0)
        {
            reader.Skip(entry >> 8);
            ssss = entry & 0xFF;
        }
        else
        {
            int code = reader.ReadBits(HuffmanTable.LookupBits);
            int length = HuffmanTable.LookupBits;
            while (true)
            {
                if (length >= 16)
                {
                    throw DicomFormatException.At(path, fileOffset + reader.Position, "a JPEG Huffman code is invalid");
                }

                code = (code << 1) | reader.ReadBits(1);
                length++;
                if (code <= table.MaxCode(length))
                {
                    ssss = table.ValueOf(code, length);
                    break;
                }
            }
        }

        if (ssss == 0)
        {
            return 0;
        }

        if (ssss >= 16)
        {
            return 32768; // H.1.2.2: category 16 has no additional bits
        }

        int bits = reader.ReadBits(ssss);
        return bits < (1 << (ssss - 1)) ? bits - (1 << ssss) + 1 : bits; // F.2.2.1 EXTEND
    }

    private static void WriteRow(int[] row, int y, int pointTransform, int bytesPerSample, Span<byte> native)
    {
        int offset = y * row.Length * bytesPerSample;
        if (bytesPerSample == 1)
        {
            for (int i = 0; i < row.Length; i++)
            {
                native[offset + i] = (byte)(row[i] << pointTransform);
            }
        }
        else
        {
            for (int i = 0; i < row.Length; i++)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(native.Slice(offset + 2 * i, 2), (ushort)(row[i] << pointTransform));
            }
        }
    }

    private static DicomFormatException Error(string path, long fileOffset, int position, string problem) =>
        DicomFormatException.At(path, fileOffset + position, problem);
}
