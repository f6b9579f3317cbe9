using System.Buffers.Binary;

namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>The entropy-coded scan: Huffman-decoded differences added to the predictions of table H.1 (ITU T.81 H.1.2).</summary>
internal static partial class JpegLosslessDecoder
{
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
            componentTables[c] = (tableId < tables.Length ? tables[tableId] : null) ?? throw Error(path, fileOffset, dataStart, $"JPEG scan uses Huffman table {tableId}, which is not defined");
        }

        int predictor = header[1 + 2 * components];
        int pointTransform = header[3 + 2 * components] & 0x0F;
        if (predictor is < 1 or > 7 || pointTransform >= precision)
        {
            throw Error(path, fileOffset, dataStart, $"lossless JPEG predictor {predictor} (point transform {pointTransform}) is not 1–7 (below the precision {precision})");
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
}
