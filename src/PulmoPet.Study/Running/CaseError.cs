using PulmoPet.Imaging.Io;
using PulmoPet.Stats.Csv;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Running;

/// <summary>
/// The failure of one case: <c>cases/&lt;id&gt;/error.csv</c> with one row <c>case_id, step, message</c> (a sentence
/// naming inputs by role, never by path). Each case owns its file, so shards never write the same one; the cohort's
/// <c>errors.csv</c> is their union.
/// </summary>
public sealed record CaseError(string CaseId, string Step, string Message)
{
    public static readonly IReadOnlyList<string> Columns = ["case_id", "step", "message"];

    public void Write(string path) =>
        AtomicFile.WriteAllText(path, CsvFormat.Line(Columns) + "\n" + CsvFormat.Line([CaseId, Step, Message]) + "\n");

    public static CaseError? TryRead(string path)
    {
        if (!File.Exists(path)) return null;
        var table = CsvTable.Parse(File.ReadAllText(path), path);
        return table.Count == 0 ? null : new CaseError(table.Cell(0, 0), table.Cell(0, 1), table.Cell(0, 2));
    }

    /// <summary>Every case's error, in case-id order.</summary>
    public static IReadOnlyList<CaseError> ReadAll(StudyWorkspace workspace)
    {
        if (!Directory.Exists(workspace.CasesDirectory)) return [];
        return [.. Directory.GetDirectories(workspace.CasesDirectory)
            .Order(StringComparer.Ordinal)
            .Select(d => TryRead(Path.Combine(d, CaseFolder.ErrorFile)))
            .OfType<CaseError>()];
    }

    /// <summary>Writes the cohort's <c>errors.csv</c> (derived; header only when no case failed).</summary>
    public static void WriteCohortErrors(StudyWorkspace workspace)
    {
        var text = new System.Text.StringBuilder(CsvFormat.Line(Columns) + "\n");
        foreach (var e in ReadAll(workspace)) text.Append(CsvFormat.Line([e.CaseId, e.Step, e.Message])).Append('\n');
        AtomicFile.WriteAllText(workspace.ErrorsPath, text.ToString());
    }
}
