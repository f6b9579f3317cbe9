using PulmoPet.Imaging.Dicom.Pixels;

namespace PulmoPet.Imaging.Tests.Dicom.Writing;

/// <summary>
/// The SIMD rescale the series reader uses for native 16-bit frames (added for the read benchmark of bench/dicom) must
/// give bit for bit what the general path gives: stored values as double, × slope + intercept in double, rounded to float.
/// </summary>
public sealed class Rescale16Tests
{
    public static TheoryData<bool, double, double, int> Cases => new()
    {
        { true, 1, -1024, 262144 },   // CT: integer path
        { false, 1, -1024, 1001 },    // odd length: vector body and scalar tail
        { true, 1, 0, 7 },            // shorter than one vector
        { false, 0.00123456789, 0, 4099 }, // PET, unsigned
        { true, 3.3, -0.25, 515 },    // non-integral intercept: double path
        { true, 1, 0.5, 64 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Equals_the_general_decode_then_rescale(bool signed, double slope, double intercept, int count)
    {
        var random = new Random(count);
        var bytes = new byte[count * 2];
        random.NextBytes(bytes);
        var pixels = new PixelDescription(1, count, 1, 16, 16, 15, signed, 1);
        var stored = new double[count];
        StoredValueConverter.Convert(bytes, pixels, 0, stored);

        var fast = new float[count];
        StoredValueConverter.Rescale16(bytes, signed, slope, intercept, fast);

        for (int i = 0; i < count; i++)
        {
            Assert.Equal((float)(stored[i] * slope + intercept), fast[i]);
        }
    }
}
