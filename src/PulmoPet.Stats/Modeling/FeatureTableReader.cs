using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Stats.Modeling;

/// <summary>Column roles when a feature table is read for modelling.</summary>
public sealed record FeatureTableColumns
{
    public const string DefaultIdColumn = "case_id";

    /// <summary>Key joining the features and labels tables (one row per lesion).</summary>
    public string IdColumn { get; init; } = DefaultIdColumn;

    public string LabelColumn { get; init; } = "class";

    /// <summary>Patient column; null = every lesion is its own patient.</summary>
    public string? GroupColumn { get; init; }

    public string? CenterColumn { get; init; }

    /// <summary>Columns that are not features: by default the case columns <c>pulmopet features</c> writes besides case_id.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = DefaultExclude;

    public static readonly IReadOnlyList<string> DefaultExclude = ["image", "mask", "label"];
}

/// <summary>
/// Reads a feature CSV (as <c>pulmopet features</c> writes it: an id column and one numeric column per feature; the
/// case columns and PyRadiomics' <c>diagnostics_*</c> columns are skipped) and,
/// optionally, a labels CSV joined on the id column. Empty cells, NA and NaN are missing values (NaN).
/// Classes are ordered by ordinal string comparison, as R orders factor levels and scikit-learn its <c>classes_</c>.
/// </summary>
public static class FeatureTableReader
{
    /// <summary>The id column and the numeric feature columns of a features CSV.</summary>
    /// <summary>PyRadiomics' diagnostics columns (image and mask properties, versions) are never features.</summary>
    public const string DiagnosticsPrefix = "diagnostics_";

    public sealed record FeatureRows(string Source, string[] Ids, string[] FeatureNames, double[][] Rows);

    public static FeatureRows ReadFeatures(string path, FeatureTableColumns columns) => ReadFeatures(CsvTable.Load(path), columns);

    public static FeatureRows ReadFeatures(CsvTable table, FeatureTableColumns columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        if (!table.HasColumn(columns.IdColumn))
        {
            throw new InvalidInputException($"'{table.Source}' has no id column '{columns.IdColumn}'.");
        }

        var notFeatures = new HashSet<string>(StringComparer.Ordinal) { columns.IdColumn, columns.LabelColumn };
        if (columns.GroupColumn is not null) notFeatures.Add(columns.GroupColumn);
        if (columns.CenterColumn is not null) notFeatures.Add(columns.CenterColumn);
        notFeatures.UnionWith(columns.Exclude);
        var featureColumns = Enumerable.Range(0, table.Header.Count)
            .Where(c => !notFeatures.Contains(table.Header[c]) && !table.Header[c].StartsWith(DiagnosticsPrefix, StringComparison.Ordinal))
            .ToArray();
        if (featureColumns.Length == 0)
        {
            throw new InvalidInputException($"'{table.Source}' has no feature column besides '{columns.IdColumn}'.");
        }

        int idColumn = table.ColumnIndex(columns.IdColumn);
        var ids = new string[table.Count];
        var rows = new double[table.Count][];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < table.Count; r++)
        {
            ids[r] = table.Cell(r, idColumn);
            if (ids[r].Length == 0)
            {
                throw new InvalidInputException($"'{table.Source}' row {table.RowNumbers[r]}, column '{columns.IdColumn}' is empty.");
            }

            if (!seen.TryAdd(ids[r], table.RowNumbers[r]))
            {
                throw new InvalidInputException($"'{table.Source}' row {table.RowNumbers[r]}, column '{columns.IdColumn}': '{ids[r]}' already appears in row {seen[ids[r]]}.");
            }

            rows[r] = new double[featureColumns.Length];
            for (int j = 0; j < featureColumns.Length; j++)
            {
                string cell = table.Cell(r, featureColumns[j]);
                if (CsvTable.IsMissing(cell))
                {
                    rows[r][j] = double.NaN;
                }
                else if (CsvTable.TryParseNumber(cell, out double value))
                {
                    rows[r][j] = value;
                }
                else
                {
                    throw new InvalidInputException(
                        $"'{table.Source}' row {table.RowNumbers[r]}, column '{table.Header[featureColumns[j]]}': '{cell}' is not a number (exclude non-feature columns).");
                }
            }
        }

        return new FeatureRows(table.Source, ids, featureColumns.Select(c => table.Header[c]).ToArray(), rows);
    }

    /// <summary>
    /// Features joined with their labels (and patient and centre columns) from <paramref name="labelsPath"/>, or from
    /// the features file itself when it is null. Rows of the features table without a label are an error naming them.
    /// </summary>
    public static LabeledFeatureSet ReadLabeled(string featuresPath, string? labelsPath, FeatureTableColumns columns)
    {
        var featureTable = CsvTable.Load(featuresPath);
        var labelTable = labelsPath is null ? featureTable : CsvTable.Load(labelsPath);
        return Join(featureTable, labelTable, columns);
    }

    public static LabeledFeatureSet Join(CsvTable featureTable, CsvTable labelTable, FeatureTableColumns columns)
    {
        ArgumentNullException.ThrowIfNull(labelTable);
        var features = ReadFeatures(featureTable, columns);
        foreach (string? name in new[] { columns.IdColumn, columns.LabelColumn, columns.GroupColumn, columns.CenterColumn })
        {
            if (name is not null && !labelTable.HasColumn(name))
            {
                throw new InvalidInputException($"'{labelTable.Source}' has no column '{name}'.");
            }
        }

        int id = labelTable.ColumnIndex(columns.IdColumn);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < labelTable.Count; r++)
        {
            byId.TryAdd(labelTable.Cell(r, id), r);
        }

        var missing = features.Ids.Where(i => !byId.ContainsKey(i)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidInputException(
                $"'{labelTable.Source}' has no row for {missing.Length} lesion(s) of '{features.Source}': {string.Join(", ", missing.Take(5))}{(missing.Length > 5 ? ", …" : "")}.");
        }

        string Text(string id, string? column)
        {
            if (column is null) return "";
            int r = byId[id];
            string value = labelTable.Cell(r, labelTable.ColumnIndex(column));
            if (value.Length == 0)
            {
                throw new InvalidInputException($"'{labelTable.Source}' row {labelTable.RowNumbers[r]}, column '{column}' is empty.");
            }

            return value;
        }

        var labelNames = features.Ids.Select(i => Text(i, columns.LabelColumn)).ToArray();
        var classes = labelNames.Distinct().Order(StringComparer.Ordinal).ToArray();
        if (classes.Length < 2)
        {
            throw new InvalidInputException($"'{labelTable.Source}' column '{columns.LabelColumn}' has only one class ({classes.FirstOrDefault()}); a classifier needs at least two.");
        }

        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        return new LabeledFeatureSet(
            features.Ids,
            features.FeatureNames,
            features.Rows,
            classes,
            labelNames.Select(l => index[l]).ToArray(),
            columns.GroupColumn is null ? null : features.Ids.Select(i => Text(i, columns.GroupColumn)).ToArray(),
            columns.CenterColumn is null ? null : features.Ids.Select(i => Text(i, columns.CenterColumn)).ToArray());
    }
}
