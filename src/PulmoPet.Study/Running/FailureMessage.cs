using PulmoPet.Imaging;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Running;

/// <summary>
/// The one sentence recorded for a failed step: the exception's first line, with the case's input paths replaced by
/// their role (<c>&lt;pet&gt;</c>, <c>&lt;ct&gt;</c>…) and workspace paths made relative, because PACS export paths
/// often hold patient names and the message goes into tables, logs and the report.
/// </summary>
public static class FailureMessage
{
    public static string Of(Exception exception, StudyCase studyCase, string workspaceDirectory)
    {
        string message = exception.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        if (exception is not (InvalidInputException or IOException or UnauthorizedAccessException or FormatException))
        {
            message = $"unexpected failure ({exception.GetType().Name}): {message}";
        }

        foreach (var (role, path) in studyCase.Inputs().OrderByDescending(i => i.Path.Length))
        {
            message = message.Replace(path, $"<{role}>", StringComparison.Ordinal);
        }

        string root = Path.TrimEndingDirectorySeparator(workspaceDirectory) + Path.DirectorySeparatorChar;
        message = message.Replace(root, "", StringComparison.Ordinal);
        return message.Length == 0 ? exception.GetType().Name : message;
    }
}
