using System.Data.Common;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using PulmoPet.Imaging;
using PulmoPet.Pet.Reporting;
using PulmoPet.Stats.Csv;
using PulmoPet.Study.Running;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Results;

/// <summary>The cohort tables <c>study table</c> and <c>study report</c> show.</summary>
public enum StudyTable
{
    /// <summary>One row per manifest case: case_id, the clinical columns (never the paths), status and per-case lesion totals.</summary>
    Cases,

    /// <summary>Every lesion of every case (the columns of lesions.csv).</summary>
    Lesions,

    /// <summary>Radiomics features, one row per lesion (case_id, lesion_id, PyRadiomics names).</summary>
    Features,

    /// <summary>case_id, step, message of every failed case.</summary>
    Errors,
}

/// <summary>
/// Cohort tables queried with DuckDB (embedded, in memory) straight over the per-case files: <c>read_csv</c> on the
/// globs <c>cases/*/lesions.csv</c>, <c>features.csv</c>, <c>error.csv</c> with <c>union_by_name</c>, joined to the
/// manifest (per-case totals rounded to 4 decimals, as lesions.csv). Nothing is cached, so a table always shows what the case folders hold — including shards run elsewhere
/// and copied in — and only cases listed in the manifest. Rows are ordered by case_id (then lesion_id).
/// </summary>
public sealed class StudyTables(StudyWorkspace workspace)
{
    public static StudyTable Parse(string text) => text.ToLowerInvariant() switch
    {
        "cases" => StudyTable.Cases,
        "lesions" => StudyTable.Lesions,
        "features" => StudyTable.Features,
        "errors" => StudyTable.Errors,
        _ => throw new InvalidInputException($"--what {text} is not a table; use cases, lesions, features or errors."),
    };

    /// <summary>The SQL of a table.</summary>
    public string Query(StudyTable table)
    {
        string manifest = $"(SELECT * EXCLUDE ({string.Join(", ", StudyManifest.PathColumns)}) FROM read_csv({Literal(workspace.ManifestPath)}, header = true, all_varchar = true))";
        string lesions = PerCase(CaseFolder.LesionTableFile, LesionTable.Columns, "types = {'case_id': 'VARCHAR', 'side': 'VARCHAR', 'zone': 'VARCHAR', 'central_peripheral': 'VARCHAR', 'delineation': 'VARCHAR'}");
        string features = PerCase(CaseFolder.FeaturesFile, ["case_id", "lesion_id"], "types = {'case_id': 'VARCHAR'}");
        string errors = PerCase(CaseFolder.ErrorFile, CaseError.Columns, "all_varchar = true");
        string inManifest = "case_id IN (SELECT case_id FROM manifest)";
        string with = $"WITH manifest AS {manifest}, lesions AS {lesions}, features AS {features}, errors AS {errors} ";
        return table switch
        {
            StudyTable.Lesions => with + $"SELECT * FROM lesions WHERE {inManifest} ORDER BY case_id, TRY_CAST(lesion_id AS INTEGER)",
            StudyTable.Features => with + $"SELECT * FROM features WHERE {inManifest} ORDER BY case_id, TRY_CAST(lesion_id AS INTEGER)",
            StudyTable.Errors => with + $"SELECT case_id, step, message FROM errors WHERE {inManifest} ORDER BY case_id",
            _ => with + $"""
                , lesions_done AS (SELECT DISTINCT regexp_extract(replace(file, '\', '/'), 'cases/([^/]+)/{CaseFolder.LesionTableFile}$', 1) AS case_id FROM glob({Literal(Glob(CaseFolder.LesionTableFile))})),
                features_done AS (SELECT DISTINCT regexp_extract(replace(file, '\', '/'), 'cases/([^/]+)/{CaseFolder.FeaturesFile}$', 1) AS case_id FROM glob({Literal(Glob(CaseFolder.FeaturesFile))})),
                totals AS (SELECT case_id, count(*) AS lesion_count, max(TRY_CAST(suv_max AS DOUBLE)) AS suv_max,
                    round(sum(TRY_CAST(mtv_ml AS DOUBLE)), 4) AS total_mtv_ml, round(sum(TRY_CAST(tlg AS DOUBLE)), 4) AS total_tlg FROM lesions GROUP BY case_id)
                SELECT m.*,
                    CASE WHEN e.case_id IS NOT NULL THEN 'failed' WHEN f.case_id IS NOT NULL THEN 'complete' ELSE 'incomplete' END AS status,
                    e.step AS failed_step, e.message AS error,
                    CASE WHEN d.case_id IS NULL THEN NULL ELSE coalesce(t.lesion_count, 0) END AS lesion_count,
                    t.suv_max, t.total_mtv_ml, t.total_tlg
                FROM manifest m
                LEFT JOIN errors e ON e.case_id = m.case_id
                LEFT JOIN features_done f ON f.case_id = m.case_id
                LEFT JOIN lesions_done d ON d.case_id = m.case_id
                LEFT JOIN totals t ON t.case_id = m.case_id
                ORDER BY m.case_id
                """,
        };
    }

    /// <summary>Writes a table atomically as CSV (header, invariant numbers) or Parquet, chosen by the extension.</summary>
    public void Export(StudyTable table, string path)
    {
        string format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => "FORMAT csv, HEADER true",
            ".parquet" => "FORMAT parquet",
            _ => throw new InvalidInputException($"--out {path} must end in .csv or .parquet."),
        };
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Execute($"COPY ({Query(table)}) TO {Literal(temporary)} ({format})");
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The table in memory (what the report reads); numbers as round-trip text, NULL as an empty cell.</summary>
    public ResultTable Read(StudyTable table)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = Query(table);
        using var reader = command.ExecuteReader();
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader, i))]);
        }

        return new ResultTable(header, rows);
    }

    /// <summary>The table as CSV text.</summary>
    public string ToCsv(StudyTable table)
    {
        var result = Read(table);
        var text = new StringBuilder(CsvFormat.Line(result.Header)).Append('\n');
        foreach (var row in result.Rows) text.Append(CsvFormat.Line(row)).Append('\n');
        return text.ToString();
    }

    private static string Cell(DbDataReader reader, int i) => reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
    {
        double d => CsvFormat.Number(d),
        float f => CsvFormat.Number(f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    private string Glob(string file) => Path.Combine(workspace.CasesDirectory, "*", file);

    /// <summary>read_csv over one per-case file of every case, or an empty relation with <paramref name="columns"/> when no case has it yet.</summary>
    private string PerCase(string file, IReadOnlyList<string> columns, string types)
    {
        bool any = Directory.Exists(workspace.CasesDirectory)
            && Directory.EnumerateDirectories(workspace.CasesDirectory).Any(d => File.Exists(Path.Combine(d, file)));
        return any
            ? $"(SELECT * FROM read_csv({Literal(Glob(file))}, header = true, union_by_name = true, {types}))"
            : $"(SELECT {string.Join(", ", columns.Select(c => $"NULL::VARCHAR AS \"{c}\""))} WHERE false)";
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
