using System.Globalization;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Study.Results;

/// <summary>A cohort table read into memory (it may have no rows, unlike a <see cref="CsvTable"/> read from a user's file).</summary>
public sealed class ResultTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
{
    public IReadOnlyList<string> Header { get; } = header;

    public IReadOnlyList<string[]> Rows { get; } = rows;

    public int Count => Rows.Count;

    public bool HasColumn(string name) => Header.Contains(name);

    public int ColumnIndex(string name)
    {
        int index = Header.ToList().IndexOf(name);
        return index >= 0 ? index : throw new KeyNotFoundException($"The table has no column '{name}'.");
    }

    public string Cell(int row, int column) => Rows[row][column];

    public string Cell(int row, string column) => Rows[row][ColumnIndex(column)];

    public double? Number(int row, int column) =>
        double.TryParse(Rows[row][column], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;

    public double? Number(int row, string column) => Number(row, ColumnIndex(column));

    /// <summary>The rows as a <see cref="CsvTable"/> for the statistics (which need at least one row).</summary>
    public CsvTable ToCsvTable(string source, IEnumerable<int>? rows = null, IReadOnlyList<string>? columns = null)
    {
        var keep = columns ?? Header;
        var text = new System.Text.StringBuilder(CsvFormat.Line(keep)).Append('\n');
        foreach (int r in rows ?? Enumerable.Range(0, Count))
        {
            text.Append(CsvFormat.Line(keep.Select(c => Cell(r, c)))).Append('\n');
        }

        return CsvTable.Parse(text.ToString(), source);
    }
}
