using System.Globalization;
using PulmoPet.Imaging.Dicom.Writing;

namespace PulmoPet.Imaging.Tests.Dicom.Writing;

public sealed class DicomValueFormatTests
{
    public static TheoryData<double> Numbers => new()
    {
        0, -0.0, 1, -1, 0.5, 1.0 / 3, -2.0 / 3, 123456.789012345678, -98765.4321098765, 6588, 3.7e8, 1e-20, -1.2345678901234567e-300, 1.5e300, 4.5e-6,
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Decimal_strings_fit_16_characters_and_keep_9_significant_digits(double value)
    {
        string text = DicomValueFormat.DecimalString(value);

        Assert.InRange(text.Length, 1, 16); // PS3.5 table 6.2-1: DS at most 16 bytes
        Assert.DoesNotContain(' ', text);
        double back = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        // 16 characters leave 9 digits in the worst case ("-1.23456789E-300"), 11 or more for values without a 3-digit exponent.
        Assert.Equal(value, back, Math.Abs(value) * (Math.Abs(value) is > 1e-99 and < 1e99 ? 1e-11 : 1e-9));
    }

    [Fact]
    public void Short_values_are_written_exactly()
    {
        Assert.Equal("0.5", DicomValueFormat.DecimalString(0.5));
        Assert.Equal("-1024", DicomValueFormat.DecimalString(-1024));
        Assert.Equal("0", DicomValueFormat.DecimalString(-0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DicomValueFormat.DecimalString(double.NaN));
    }

    [Fact]
    public void Dates_and_times_use_the_DA_TM_DT_forms()
    {
        var t = new DateTime(2024, 3, 5, 7, 8, 9).AddTicks(1234567); // .1234567 s
        Assert.Equal("20240305", DicomValueFormat.Date(t));
        Assert.Equal("070809.123456", DicomValueFormat.Time(t)); // TM: microseconds, truncated
        Assert.Equal("20240305070809.123456", DicomValueFormat.DateTimeValue(t));
        Assert.Equal(new DateTime(2024, 3, 5, 7, 8, 9).AddTicks(1234560), DicomValueFormat.TruncateToMicroseconds(t));
        Assert.Equal("063Y", DicomValueFormat.AgeYears(63));
    }
}
