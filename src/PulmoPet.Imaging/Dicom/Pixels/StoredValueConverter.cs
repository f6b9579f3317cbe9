using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>
/// Native little-endian sample bytes → stored values: shift out bits below HighBit−BitsStored+1, keep
/// BitsStored bits, sign-extend when PixelRepresentation is 1 (PS3.5 8.1.1 and PS3.3 C.7.6.3.1).
/// </summary>
internal static class StoredValueConverter
{
    public static void Convert(ReadOnlySpan<byte> native, PixelDescription pixels, long bitOffset, Span<double> destination)
    {
        int shift = pixels.HighBit + 1 - pixels.BitsStored;
        int bits = pixels.BitsStored;
        int count = destination.Length;
        switch (pixels.BitsAllocated)
        {
            case 1:
                for (int i = 0; i < count; i++)
                {
                    long bit = bitOffset + i;
                    destination[i] = (native[(int)(bit >> 3)] >> (int)(bit & 7)) & 1; // PS3.5 8.1.1: LSB first
                }

                break;
            case 8:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = Extend((uint)native[i] >> shift, bits, pixels.IsSigned);
                }

                break;
            case 16 when BitConverter.IsLittleEndian && shift == 0 && bits == 16:
                // The common case (plain int16/uint16): reinterpret the bytes, no masking needed.
                if (pixels.IsSigned)
                {
                    var samples = MemoryMarshal.Cast<byte, short>(native[..(count * 2)]);
                    for (int i = 0; i < count; i++)
                    {
                        destination[i] = samples[i];
                    }
                }
                else
                {
                    var samples = MemoryMarshal.Cast<byte, ushort>(native[..(count * 2)]);
                    for (int i = 0; i < count; i++)
                    {
                        destination[i] = samples[i];
                    }
                }

                break;
            case 16:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = Extend((uint)BinaryPrimitives.ReadUInt16LittleEndian(native.Slice(i * 2, 2)) >> shift, bits, pixels.IsSigned);
                }

                break;
            default:
                for (int i = 0; i < count; i++)
                {
                    destination[i] = Extend(BinaryPrimitives.ReadUInt32LittleEndian(native.Slice(i * 4, 4)) >> shift, bits, pixels.IsSigned);
                }

                break;
        }
    }

    private static double Extend(uint raw, int bits, bool signed)
    {
        if (bits < 32)
        {
            raw &= (1u << bits) - 1;
        }

        if (!signed)
        {
            return raw;
        }

        return bits == 32 ? (int)raw : (long)raw - ((raw >> (bits - 1)) << bits);
    }
}
