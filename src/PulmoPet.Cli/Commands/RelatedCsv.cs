using System.Globalization;
using System.Text;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Cli.Commands;

/// <summary>Small CSV tables of the related-task commands: invariant culture, '.' decimals, NaN as empty cells.</summary>
internal static class RelatedCsv
{
    public static string Number(double value, int decimals = 4) =>
        double.IsNaN(value) ? string.Empty : Math.Round(value, decimals).ToString("0.####", CultureInfo.InvariantCulture);

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row)).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>"0.812 ± 0.070" (mean ± sample SD).</summary>
    public static string MeanSd(IReadOnlyList<double> values)
    {
        var v = values.Where(x => !double.IsNaN(x)).ToList();
        if (v.Count == 0)
        {
            return "-";
        }

        double mean = v.Average();
        double sd = v.Count > 1 ? Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Count - 1)) : 0;
        return string.Format(CultureInfo.InvariantCulture, "{0:F3} ± {1:F3}", mean, sd);
    }

    public static string Fixed(double value) => double.IsNaN(value) ? "-" : value.ToString("F3", CultureInfo.InvariantCulture);
}
