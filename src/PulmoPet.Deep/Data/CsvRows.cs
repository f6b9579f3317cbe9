using PulmoPet.Imaging;

namespace PulmoPet.Deep.Data;

/// <summary>
/// A small CSV reader for cohort manifests: header row, comma-separated cells, double quotes around a cell
/// that holds commas (RFC 4180), blank lines skipped.
/// </summary>
internal sealed class CsvRows
{
    private readonly Dictionary<string, int> columns;

    private CsvRows(string path, string[] header, List<(int Line, string[] Cells)> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        columns = header.Select((name, i) => (name, i)).GroupBy(p => p.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
    }

    public string Path { get; }

    public string[] Header { get; }

    public List<(int Line, string[] Cells)> Rows { get; }

    public static CsvRows Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"The table {path} does not exist.");
        }

        var lines = File.ReadAllLines(path);
        int first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0)
        {
            throw new InvalidInputException($"The table {path} is empty.");
        }

        var header = Split(lines[first]).Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var rows = new List<(int, string[])>();
        for (int i = first + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = Split(lines[i]).Select(c => c.Trim()).ToArray();
            if (cells.Length != header.Length)
            {
                throw new InvalidInputException($"{path} line {i + 1} has {cells.Length} cells; the header has {header.Length}.");
            }

            rows.Add((i + 1, cells));
        }

        return new CsvRows(path, header, rows);
    }

    /// <summary>The index of a column, −1 when absent.</summary>
    public int IndexOf(string name) => columns.TryGetValue(name, out int i) ? i : -1;

    public int Require(string name) => IndexOf(name) is int i and >= 0
        ? i
        : throw new InvalidInputException($"The table {Path} has no '{name}' column (its columns: {string.Join(", ", Header)}).");

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
