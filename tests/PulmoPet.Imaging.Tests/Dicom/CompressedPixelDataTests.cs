using System.Buffers.Binary;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Pixels;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>Decoder paths the real files do not reach: all seven lossless JPEG predictors, point transform, restarts, multi-frame RLE with a Basic Offset Table.</summary>
public sealed class CompressedPixelDataTests
{
    public static TheoryData<int, int, int, int> JpegCases
    {
        get
        {
            var cases = new TheoryData<int, int, int, int>();
            for (int predictor = 1; predictor <= 7; predictor++)
            {
                cases.Add(predictor, 16, 0, 0);
                cases.Add(predictor, 12, 0, 2);
                cases.Add(predictor, 8, 1, 3);
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(JpegCases))]
    public void Lossless_jpeg_round_trips_for_every_predictor(int predictor, int precision, int pointTransform, int restartLines)
    {
        const int width = 13, height = 9;
        var random = new Random(predictor * 100 + precision);
        var samples = new ushort[width * height];
        for (int i = 0; i < samples.Length; i++)
        {
            // Smooth ramps plus noise and a few extremes, so large and small differences (and 0xFF bytes) all occur.
            int value = (i * 37 % (1 << precision)) ^ random.Next(1 << precision);
            samples[i] = (ushort)((i % 17 == 0 ? (1 << precision) - 1 : value) >> pointTransform << pointTransform);
        }

        byte[] jpeg = TestJpegLosslessEncoder.Encode(samples, width, height, precision, predictor, pointTransform, restartLines);
        int bitsAllocated = precision > 8 ? 16 : 8;
        byte[] file = DicomBytes.Part10(
            d => d.ImagePixel(height, width, bitsAllocated, precision, signed: false).Encapsulated([], Even(jpeg)),
            "1.2.840.10008.1.2.4.57");

        var decoded = DicomPixelDecoder.DecodeFrame(DicomReader.Parse(file, $"p{predictor}.dcm"));

        Assert.Equal(samples.Select(v => (double)v), decoded);
    }

    [Fact]
    public void Multi_frame_rle_uses_the_basic_offset_table_for_fragmented_frames()
    {
        const int rows = 4, columns = 5, frames = 3;
        var expected = new short[frames][];
        var fragments = new List<byte[]>();
        var offsets = new List<uint>();
        uint position = 0;
        for (int f = 0; f < frames; f++)
        {
            expected[f] = Enumerable.Range(0, rows * columns).Select(i => (short)((i % 3 == 0 ? -1000 : 7) * (f + 1) + i)).ToArray();
            var bytes = new byte[rows * columns * 2];
            for (int i = 0; i < expected[f].Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), expected[f][i]);
            }

            byte[] rle = TestRleEncoder.Encode(bytes, 2);
            offsets.Add(position);
            if (f == 1)
            {
                // Frame 2 is split over two fragments (PS3.5 A.4: a frame may span fragments; the BOT points at its first).
                int half = rle.Length / 2 & ~1;
                fragments.Add(rle[..half]);
                fragments.Add(rle[half..]);
                position += (uint)(8 + half + 8 + rle.Length - half);
            }
            else
            {
                fragments.Add(rle);
                position += (uint)(8 + rle.Length);
            }
        }

        byte[] file = DicomBytes.Part10(
            d => d.ImagePixel(rows, columns, 16, 16, signed: true, frames: frames).Encapsulated([.. offsets], [.. fragments]),
            "1.2.840.10008.1.2.5");
        var dicom = DicomReader.Parse(file, "rle.dcm");

        for (int f = 0; f < frames; f++)
        {
            Assert.Equal(expected[f].Select(v => (double)v), DicomPixelDecoder.DecodeFrame(dicom, f));
        }
    }

    private static byte[] Even(byte[] fragment) => fragment.Length % 2 == 0 ? fragment : [.. fragment, 0];
}
