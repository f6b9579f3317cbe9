using System.CommandLine;
using PulmoPet.Study.Results;
using PulmoPet.Study.Running;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet study table DIR --what cases|lesions|features|errors --out T.csv|T.parquet</c> (DuckDB over the per-case files).</summary>
public static class StudyTableCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Workspace folder." };
        var what = new Option<string>("--what") { Description = "cases (one row per case: clinical columns, status, lesion totals), lesions, features or errors.", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Table to write: .csv or .parquet (written atomically).", Required = true };
        var command = new Command("table", "Write a cohort table (cases, lesions, features, errors) queried with DuckDB over the per-case files, as CSV or Parquet.");
        command.Arguments.Add(directory);
        command.Options.Add(what);
        command.Options.Add(output);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var workspace = StudyWorkspace.Open(parse.GetValue(directory)!.FullName);
            var table = StudyTables.Parse(parse.GetValue(what)!);
            string path = parse.GetValue(output)!.FullName;
            var tables = new StudyTables(workspace);
            tables.Export(table, path);
            CaseError.WriteCohortErrors(workspace);
            int rows = tables.Read(table).Count;
            context.Output.WriteLine($"wrote {path} ({rows} row(s))");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
