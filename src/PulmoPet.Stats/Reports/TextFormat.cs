using System.Globalization;

namespace PulmoPet.Stats.Reports;

/// <summary>Number formats of the human-readable reports (the CSV/JSON outputs keep full precision).</summary>
public static class TextFormat
{
    /// <summary>APA style: three decimals, "&lt; 0.001" below that, "—" when undefined.</summary>
    public static string PValue(double p) => double.IsNaN(p) ? "—" : p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"p = 0.023" or "p &lt; 0.001".</summary>
    public static string PEquals(double p) => double.IsNaN(p) ? "p = —" : p < 0.001 ? "p < 0.001" : "p = " + PValue(p);

    public static string Fixed(double value, int decimals = 2) =>
        double.IsNaN(value) ? "—" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Degrees of freedom: integers as integers, Welch's fractional df with two decimals.</summary>
    public static string Df(double df, double df2 = double.NaN)
    {
        if (double.IsNaN(df))
        {
            return "—";
        }

        string one = df == Math.Round(df) ? df.ToString("0", CultureInfo.InvariantCulture) : Fixed(df);
        return double.IsNaN(df2) ? one : one + ", " + Df(df2);
    }

    public static string Percent(int count, int total) =>
        total == 0 ? "—" : (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture);
}
