using System.Globalization;
using System.Text;

namespace PulmoPet.Phantom.Output;

/// <summary>A small CSV builder: UTF-8, invariant culture, '.' decimals, RFC 4180 quoting, '\n' line ends.</summary>
internal sealed class CsvTable
{
    private readonly StringBuilder _text = new();
    private readonly int _columns;

    public CsvTable(params string[] header)
    {
        _columns = header.Length;
        AppendRow(header);
    }

    public void AppendRow(IReadOnlyList<string> cells)
    {
        if (cells.Count != _columns)
        {
            throw new ArgumentException($"A row has {cells.Count} cells; the header has {_columns}.", nameof(cells));
        }

        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            string cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                _text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                _text.Append(cell);
            }
        }

        _text.Append('\n');
    }

    public override string ToString() => _text.ToString();

    /// <summary>A number with at most <paramref name="decimals"/> decimals, without trailing zeros.</summary>
    public static string Number(double value, int decimals)
    {
        double rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "-0"
        }

        return rounded.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";
}
