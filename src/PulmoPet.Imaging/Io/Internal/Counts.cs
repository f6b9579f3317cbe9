using System.Globalization;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Formats counts for messages with a space every three digits ("2 621 440"), readable in any locale.</summary>
internal static class Counts
{
    public static string Format(Int128 value)
    {
        string digits = Int128.Abs(value).ToString(CultureInfo.InvariantCulture);
        var text = new System.Text.StringBuilder(digits.Length + digits.Length / 3 + 1);
        if (value < 0)
        {
            text.Append('-');
        }

        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append(' ');
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }

    public static string Format(long value) => Format((Int128)value);

    public static string Size(long x, long y, long z) => FormattableString.Invariant($"{x}×{y}×{z}");

    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public const string SupportedTypes = "uint8, int8, int16, uint16, int32, uint32, float32 and float64";
}
