using System.Buffers.Binary;
using PulmoPet.Imaging.Dicom.Pixels;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>PS3.5 8.1.1 / PS3.3 C.7.6.3.1: BitsStored bits ending at HighBit, two's complement when PixelRepresentation is 1.</summary>
public sealed class StoredValueConverterTests
{
    [Theory]
    [InlineData(16, 12, 11, true, 0x0FFF, -1)]       // 12-bit signed in 16: all ones is −1
    [InlineData(16, 12, 11, true, 0x0800, -2048)]    // the sign bit alone is the most negative value
    [InlineData(16, 12, 11, true, 0xF7FF, 2047)]     // bits above HighBit are ignored (overlay bits of old files)
    [InlineData(16, 12, 11, false, 0xFFFF, 4095)]
    [InlineData(16, 12, 15, false, 0xFFF0, 4095)]    // HighBit 15: the value sits in the upper 12 bits
    [InlineData(16, 16, 15, true, 0x8000, -32768)]
    [InlineData(8, 8, 7, true, 0x80, -128)]
    [InlineData(8, 8, 7, false, 0x80, 128)]
    [InlineData(32, 32, 31, false, 0xFFFFFFFF, 4294967295.0)]
    [InlineData(32, 32, 31, true, 0xFFFFFFFF, -1)]
    [InlineData(32, 24, 23, true, 0x00800000, -8388608)]
    public void Stored_values_are_masked_and_sign_extended(int bitsAllocated, int bitsStored, int highBit, bool signed, uint raw, double expected)
    {
        var pixels = new PixelDescription(1, 1, 1, bitsAllocated, bitsStored, highBit, signed, 1);
        var native = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(native, raw);
        var value = new double[1];

        StoredValueConverter.Convert(native, pixels, 0, value);

        Assert.Equal(expected, value[0]);
    }

    [Fact]
    public void One_bit_frames_are_read_least_significant_bit_first_across_byte_boundaries()
    {
        // PS3.5 8.1.1 / D.2: bit-packed segmentation frames continue mid-byte; frame 1 of 3×3 starts at bit 9.
        var pixels = new PixelDescription(3, 3, 1, 1, 1, 0, false, 2);
        byte[] native = [0b0000_0001, 0b0000_0110, 0, 0, 0];
        var frame1 = new double[9];

        StoredValueConverter.Convert(native, pixels, 9, frame1);

        Assert.Equal([1.0, 1, 0, 0, 0, 0, 0, 0, 0], frame1);
    }
}
