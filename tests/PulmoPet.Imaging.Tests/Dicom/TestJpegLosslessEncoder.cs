namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>
/// A minimal lossless JPEG encoder (ITU T.81 annex H, SOF3, one component) written from the standard for the
/// tests, so the decoder's predictors 1–7, point transform and restart handling can be checked on data whose
/// answer is known. Huffman table: all 17 difference categories get 5-bit codes 0…16 (a valid canonical table).
/// </summary>
internal static class TestJpegLosslessEncoder
{
    public static byte[] Encode(ushort[] samples, int width, int height, int precision, int predictor, int pointTransform = 0, int restartLines = 0)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        Segment(output, 0xC3, [(byte)precision, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        var dht = new List<byte> { 0x00 };
        for (int length = 1; length <= 16; length++)
        {
            dht.Add((byte)(length == 5 ? 17 : 0));
        }

        for (int category = 0; category <= 16; category++)
        {
            dht.Add((byte)category);
        }

        Segment(output, 0xC4, [.. dht]);
        if (restartLines > 0)
        {
            int interval = restartLines * width;
            Segment(output, 0xDD, [(byte)(interval >> 8), (byte)interval]);
        }

        Segment(output, 0xDA, [1, 1, 0x00, (byte)predictor, 0, (byte)pointTransform]);

        var bits = new BitWriter(output);
        int restartIndex = 0;
        for (int y = 0; y < height; y++)
        {
            bool firstLine = y == 0;
            if (restartLines > 0 && y > 0 && y % restartLines == 0)
            {
                bits.Flush();
                output.Add(0xFF);
                output.Add((byte)(0xD0 + (restartIndex++ % 8)));
                firstLine = true;
            }

            for (int x = 0; x < width; x++)
            {
                int Sample(int xx, int yy) => samples[yy * width + xx] >> pointTransform;
                int prediction;
                if (firstLine)
                {
                    prediction = x == 0 ? 1 << (precision - pointTransform - 1) : Sample(x - 1, y);
                }
                else if (x == 0)
                {
                    prediction = Sample(x, y - 1);
                }
                else
                {
                    int a = Sample(x - 1, y), b = Sample(x, y - 1), c = Sample(x - 1, y - 1);
                    prediction = predictor switch
                    {
                        1 => a,
                        2 => b,
                        3 => c,
                        4 => a + b - c,
                        5 => a + ((b - c) >> 1),
                        6 => b + ((a - c) >> 1),
                        _ => (a + b) >> 1,
                    };
                }

                int difference = (Sample(x, y) - prediction) & 0xFFFF;
                if (difference >= 32768)
                {
                    difference -= 65536; // H.2.1: differences are taken modulo 2^16 in −32767 … 32768
                }

                if (difference == -32768)
                {
                    difference = 32768;
                }

                int category = difference == 0 ? 0 : difference == 32768 ? 16 : 32 - int.LeadingZeroCount(Math.Abs(difference));
                bits.Write(category, 5);
                if (category is > 0 and < 16)
                {
                    bits.Write(difference > 0 ? difference : difference - 1 + (1 << category), category);
                }
            }
        }

        bits.Flush();
        output.Add(0xFF);
        output.Add(0xD9);
        return [.. output];
    }

    private static void Segment(List<byte> output, byte marker, byte[] body)
    {
        output.Add(0xFF);
        output.Add(marker);
        output.Add((byte)((body.Length + 2) >> 8));
        output.Add((byte)(body.Length + 2));
        output.AddRange(body);
    }

    private sealed class BitWriter(List<byte> output)
    {
        private int _buffer;
        private int _count;

        public void Write(int value, int count)
        {
            for (int i = count - 1; i >= 0; i--)
            {
                _buffer = (_buffer << 1) | ((value >> i) & 1);
                if (++_count == 8)
                {
                    Emit();
                }
            }
        }

        /// <summary>Pads the last byte with 1-bits (F.1.2.3) before a marker.</summary>
        public void Flush()
        {
            while (_count != 0)
            {
                Write(1, 1);
            }
        }

        private void Emit()
        {
            output.Add((byte)_buffer);
            if (_buffer == 0xFF)
            {
                output.Add(0x00); // B.1.1.5: a stuffed zero follows every 0xFF in entropy-coded data
            }

            _buffer = 0;
            _count = 0;
        }
    }
}
