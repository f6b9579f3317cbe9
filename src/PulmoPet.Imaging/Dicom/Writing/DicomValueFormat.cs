using System.Globalization;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>
/// Text forms of the numeric and temporal VRs (PS3.5 6.2): DS (≤ 16 bytes), IS (≤ 12 bytes), DA, TM and DT.
/// Writers format a value here and compute with the value parsed back, so what they compute is what a reader sees.
/// </summary>
public static class DicomValueFormat
{
    /// <summary>The longest Decimal String value, PS3.5 table 6.2-1.</summary>
    public const int MaxDecimalStringLength = 16;

    /// <summary>
    /// A DS value of at most 16 characters: the shortest round-trip form when it fits, else the most significant
    /// digits that fit (fixed or exponent form, both allowed for DS). Non-finite values throw: DS has no NaN.
    /// </summary>
    public static string DecimalString(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A Decimal String (DS) cannot hold a non-finite number.");
        }

        if (value == 0)
        {
            return "0"; // also for −0, which "R" would write as "-0"
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture);
        for (int digits = 15; text.Length > MaxDecimalStringLength && digits > 0; digits--)
        {
            text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>The value a reader gets back from <see cref="DecimalString(double)"/>.</summary>
    public static double RoundTrip(double value) => double.Parse(DecimalString(value), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Several DS values separated by backslashes (value multiplicity, PS3.5 6.4).</summary>
    public static string DecimalStrings(params ReadOnlySpan<double> values)
    {
        var parts = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            parts[i] = DecimalString(values[i]);
        }

        return string.Join('\\', parts);
    }

    /// <summary>An IS value (−2^31 … 2^31−1 fits in the 12 bytes allowed).</summary>
    public static string IntegerString(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>DA "YYYYMMDD".</summary>
    public static string Date(DateTime value) => value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TM "HHMMSS.FFFFFF" (microseconds, the finest TM holds; finer ticks are truncated).</summary>
    public static string Time(DateTime value) => value.ToString("HHmmss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>DT "YYYYMMDDHHMMSS.FFFFFF" without a UTC offset (local time of the acquisition, as DA and TM are).</summary>
    public static string DateTimeValue(DateTime value) => value.ToString("yyyyMMddHHmmss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>The instant a reader gets back from <see cref="Time"/> / <see cref="DateTimeValue"/>: truncated to whole microseconds.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value) => new(value.Ticks - value.Ticks % 10, value.Kind);

    /// <summary>AS "nnnY" (PS3.5 6.2: age in years, three digits).</summary>
    public static string AgeYears(int years) => Math.Clamp(years, 0, 999).ToString("000", CultureInfo.InvariantCulture) + "Y";
}
