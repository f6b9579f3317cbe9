using System.Globalization;

namespace PulmoPet.Radiomics.Tests;

/// <summary>One IBSI 1 reference value (ibsi1_reference_*.csv row with a value).</summary>
public sealed record IbsiReferenceValue(string Tag, double Reference, double Tolerance, string Family, string Consensus);

/// <summary>Reads the IBSI 1 reference tables and applies the MIRP matching rule.</summary>
internal static class IbsiReference
{
    public static IReadOnlyList<IbsiReferenceValue> Load(string fileName)
    {
        var lines = File.ReadAllLines(ReferenceData.File(Path.Combine("ibsi1", "reference_values", fileName)));
        var header = Csv.Split(lines[0]);
        int tag = Array.IndexOf(header, "tag"), value = Array.IndexOf(header, "reference_value");
        int tolerance = Array.IndexOf(header, "tolerance"), family = Array.IndexOf(header, "family");
        int consensus = Array.IndexOf(header, "consensus");
        var result = new List<IbsiReferenceValue>();
        foreach (var line in lines.Skip(1))
        {
            var cells = Csv.Split(line);
            if (string.IsNullOrEmpty(cells[value])) continue;
            result.Add(new IbsiReferenceValue(
                cells[tag], double.Parse(cells[value], CultureInfo.InvariantCulture),
                double.Parse(cells[tolerance], CultureInfo.InvariantCulture), cells[family], cells[consensus]));
        }

        return result;
    }

    /// <summary>
    /// MIRP's rule (test/ibsi_1_test.py): round x to 3 significant digits, then |x_rounded − ref| ≤ tol
    /// (plus machine epsilon).
    /// </summary>
    public static bool Matches(double value, double reference, double tolerance)
    {
        if (!double.IsFinite(value)) return false;
        double rounded = RoundSignificant(value, 3);
        return Math.Abs(rounded - reference) <= tolerance + 1e-12 * Math.Max(1, Math.Abs(reference));
    }

    public static double RoundSignificant(double x, int digits)
    {
        if (x == 0) return 0;
        int decimals = digits - (int)Math.Floor(Math.Log10(Math.Abs(x))) - 1;
        if (decimals >= 0) return Math.Round(x, Math.Min(decimals, 15), MidpointRounding.ToEven);
        double scale = Math.Pow(10, -decimals);
        return Math.Round(x / scale, MidpointRounding.ToEven) * scale;
    }
}
