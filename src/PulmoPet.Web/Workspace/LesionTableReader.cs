using System.Globalization;
using PulmoPet.Imaging;

namespace PulmoPet.Web.Workspace;

/// <summary>
/// Reads a case's <c>lesions.csv</c> (UTF-8, header row, invariant culture, RFC 4180 quoting) into
/// <see cref="LesionRow"/>s, keeping only the whitelisted columns of DESIGN.md's lesion table. A malformed table
/// is an <see cref="InvalidInputException"/> naming the file, the row and the problem.
/// </summary>
public static class LesionTableReader
{
    /// <summary>The columns the viewer reads; any other column of the file is ignored, never served.</summary>
    public static readonly string[] Columns =
    [
        "lesion_id", "suv_max", "suv_mean", "suv_peak", "mtv_ml", "tlg",
        "centroid_x_mm", "centroid_y_mm", "centroid_z_mm", "max_diameter_mm", "side", "zone",
    ];

    public static IReadOnlyList<LesionRow> Read(string path, string displayName)
    {
        string text = File.ReadAllText(path);
        List<string[]> records = CsvRecords.Parse(text, displayName);
        if (records.Count == 0)
        {
            throw new InvalidInputException($"{displayName} is empty; a lesion table has at least its header row.");
        }

        string[] header = records[0];
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            column.TryAdd(header[i].Trim(), i);
        }

        if (!column.ContainsKey("lesion_id"))
        {
            throw new InvalidInputException($"{displayName} has no lesion_id column, so its rows cannot be matched to the lesion labels.");
        }

        var rows = new List<LesionRow>(records.Count - 1);
        for (int r = 1; r < records.Count; r++)
        {
            string[] cells = records[r];
            if (cells.Length == 1 && cells[0].Length == 0)
            {
                continue;
            }

            if (cells.Length != header.Length)
            {
                throw new InvalidInputException($"{displayName} row {r + 1} has {cells.Length} cells but the header has {header.Length}.");
            }

            string? Cell(string name) => column.TryGetValue(name, out int i) ? cells[i].Trim() : null;

            double? Number(string name)
            {
                string? cell = Cell(name);
                if (string.IsNullOrEmpty(cell))
                {
                    return null;
                }

                return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
                    ? value
                    : throw new InvalidInputException($"{displayName} row {r + 1}: {name} '{cell}' is not a number.");
            }

            string idCell = Cell("lesion_id")!;
            if (!int.TryParse(idCell, NumberStyles.None, CultureInfo.InvariantCulture, out int lesionId) || lesionId < 1)
            {
                throw new InvalidInputException($"{displayName} row {r + 1}: lesion_id '{idCell}' is not a positive whole number.");
            }

            rows.Add(new LesionRow(
                lesionId,
                Number("suv_max"),
                Number("suv_mean"),
                Number("suv_peak"),
                Number("mtv_ml"),
                Number("tlg"),
                Number("centroid_x_mm"),
                Number("centroid_y_mm"),
                Number("centroid_z_mm"),
                Number("max_diameter_mm"),
                NullIfEmpty(Cell("side")),
                NullIfEmpty(Cell("zone"))));
        }

        return rows;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
