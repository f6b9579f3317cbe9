using System.Numerics;
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

    /// <summary>
    /// Whole 16-bit little-endian samples → stored × slope + intercept as float (PS3.3 C.11.1.1.2), with the same result
    /// as <see cref="Convert"/> followed by the rescale in double, without the intermediate buffer and with SIMD. Slope 1
    /// with an integral intercept (CT) adds integers, which are then rounded to float once, as the double path rounds them.
    /// Little-endian hosts only (<see cref="DicomPixelDecoder.TryNative16"/> checks).
    /// </summary>
    public static void Rescale16(ReadOnlySpan<byte> native, bool signed, double slope, double intercept, Span<float> destination)
    {
        int count = destination.Length;
        int i = 0;
        bool integral = slope == 1 && intercept == Math.Round(intercept) && Math.Abs(intercept) <= 1 << 30;
        if (Vector.IsHardwareAccelerated)
        {
            int step = Vector<short>.Count;
            var offset = new Vector<int>(integral ? (int)intercept : 0);
            for (; i <= count - step; i += step)
            {
                Vector<int> low, high;
                if (signed)
                {
                    Vector.Widen(new Vector<short>(MemoryMarshal.Cast<byte, short>(native).Slice(i, step)), out low, out high);
                }
                else
                {
                    Vector.Widen(new Vector<ushort>(MemoryMarshal.Cast<byte, ushort>(native).Slice(i, step)), out Vector<uint> ulow, out Vector<uint> uhigh);
                    low = Vector.AsVectorInt32(ulow);
                    high = Vector.AsVectorInt32(uhigh);
                }

                if (integral)
                {
                    Vector.ConvertToSingle(low + offset).CopyTo(destination.Slice(i));
                    Vector.ConvertToSingle(high + offset).CopyTo(destination.Slice(i + Vector<int>.Count));
                }
                else
                {
                    RescaleDouble(low, slope, intercept).CopyTo(destination.Slice(i));
                    RescaleDouble(high, slope, intercept).CopyTo(destination.Slice(i + Vector<int>.Count));
                }
            }
        }

        for (; i < count; i++)
        {
            int stored = signed ? BinaryPrimitives.ReadInt16LittleEndian(native.Slice(2 * i)) : BinaryPrimitives.ReadUInt16LittleEndian(native.Slice(2 * i));
            destination[i] = (float)(stored * slope + intercept);
        }
    }

    /// <summary>stored × slope + intercept in double for each lane, then rounded to float (multiply and add, not fused, as in scalar code).</summary>
    private static Vector<float> RescaleDouble(Vector<int> stored, double slope, double intercept)
    {
        Vector.Widen(stored, out Vector<long> low, out Vector<long> high);
        var s = new Vector<double>(slope);
        var b = new Vector<double>(intercept);
        return Vector.Narrow(Vector.ConvertToDouble(low) * s + b, Vector.ConvertToDouble(high) * s + b);
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
