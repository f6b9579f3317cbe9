using System.Globalization;

namespace PulmoPet.Pet.Reporting;

/// <summary>CSV cells as DESIGN.md asks: invariant culture, '.' decimal, quoted only when needed; NaN as an empty cell.</summary>
internal static class CsvFormat
{
    public static string Number(double value, int decimals = 4) =>
        double.IsFinite(value) ? Math.Round(value, decimals).ToString("0.############", CultureInfo.InvariantCulture) : string.Empty;

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static string Row(IEnumerable<string> cells) => string.Join(',', cells);
}
