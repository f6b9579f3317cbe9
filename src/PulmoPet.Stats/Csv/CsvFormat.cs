using System.Globalization;

namespace PulmoPet.Stats.Csv;

/// <summary>Formatting of CSV fields: invariant culture, round-trip numbers, RFC 4180 quoting.</summary>
public static class CsvFormat
{
    /// <summary>Shortest round-trip representation; NaN becomes an empty field (R reads it as NA).</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Field));
}
