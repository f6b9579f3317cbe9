using System.Globalization;
using System.Text;
using PulmoPet.Imaging;

namespace PulmoPet.Stats.Csv;

/// <summary>
/// A CSV table read into memory (RFC 4180: comma separator, double-quoted fields with "" escapes, UTF-8,
/// header row). Row numbers in messages are spreadsheet row numbers: the header is row 1, the first data
/// row is row 2 (the line number where the record starts).
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> columnIndex;

    private CsvTable(string source, string[] header, List<string[]> rows, List<int> rowNumbers)
    {
        Source = source;
        Header = header;
        Rows = rows;
        RowNumbers = rowNumbers;
        columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (!columnIndex.TryAdd(header[i], i))
            {
                throw new InvalidInputException($"'{source}' has the column '{header[i]}' twice in its header (row 1).");
            }
        }
    }

    /// <summary>File name (or description) used in error messages.</summary>
    public string Source { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Spreadsheet row number of each data row (header = 1).</summary>
    public IReadOnlyList<int> RowNumbers { get; }

    public int Count => Rows.Count;

    public static CsvTable Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"The input file '{path}' does not exist.");
        }

        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    public static CsvTable Parse(string text, string source)
    {
        var records = ReadRecords(text, source);
        if (records.Count == 0 || records[0].Fields.Length == 0 || (records[0].Fields.Length == 1 && records[0].Fields[0].Length == 0))
        {
            throw new InvalidInputException($"'{source}' is empty: it has no header row (row 1).");
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        if (header.Length > 0 && header[0].Length > 0 && header[0][0] == '\uFEFF')
        {
            header[0] = header[0][1..];
        }

        var rows = new List<string[]>();
        var numbers = new List<int>();
        for (int r = 1; r < records.Count; r++)
        {
            var fields = records[r].Fields;
            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            if (fields.Length != header.Length)
            {
                throw new InvalidInputException(
                    $"'{source}' row {records[r].Line} has {fields.Length} fields but the header has {header.Length}.");
            }

            rows.Add(fields);
            numbers.Add(records[r].Line);
        }

        if (rows.Count == 0)
        {
            throw new InvalidInputException($"'{source}' has a header but no data rows (from row 2).");
        }

        return new CsvTable(source, header, rows, numbers);
    }

    public bool HasColumn(string name) => columnIndex.ContainsKey(name);

    /// <summary>Index of a column; a missing column is a user error naming the file and the column.</summary>
    public int ColumnIndex(string name)
    {
        if (!columnIndex.TryGetValue(name, out int index))
        {
            throw new InvalidInputException(
                $"'{Source}' has no column '{name}' (row 1 has: {string.Join(", ", Header)}).");
        }

        return index;
    }

    public string Cell(int row, int column) => Rows[row][column].Trim();

    /// <summary>True for the missing-value markers: empty, NA, NaN, "." (SPSS system-missing).</summary>
    public static bool IsMissing(string value) =>
        value.Length == 0 || value is "NA" or "NaN" or "nan" or "." or "null";

    public static bool TryParseNumber(string value, out double number) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    /// <summary>
    /// The numeric value of a cell, or null if it is missing; a non-numeric value is a user error naming the
    /// file, the column and the row.
    /// </summary>
    public double? Number(int row, int column)
    {
        string value = Cell(row, column);
        if (IsMissing(value))
        {
            return null;
        }

        if (!TryParseNumber(value, out double number))
        {
            throw new InvalidInputException(
                $"'{Source}' row {RowNumbers[row]}, column '{Header[column]}': '{value}' is not a number.");
        }

        return number;
    }

    private readonly record struct Record(string[] Fields, int Line);

    private static List<Record> ReadRecords(string text, string source)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    records.Add(new Record(fields.ToArray(), recordLine));
                    fields.Clear();
                    field.Clear();
                    any = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new InvalidInputException($"'{source}' row {recordLine} has an unclosed quote.");
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add(new Record(fields.ToArray(), recordLine));
        }

        return records;
    }
}
