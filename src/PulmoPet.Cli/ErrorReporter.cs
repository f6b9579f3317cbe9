using PulmoPet.Imaging;

namespace PulmoPet.Cli;

/// <summary>Turns an exception into the exit code and one-line message of DESIGN.md's CLI conventions.</summary>
public static class ErrorReporter
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int UnexpectedFailure = 2;

    public static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case InvalidInputException or FileNotFoundException or DirectoryNotFoundException:
                error.WriteLine($"pulmopet: error: {exception.Message}");
                return UserError;
            case UnauthorizedAccessException or IOException:
                error.WriteLine($"pulmopet: error: {exception.Message}");
                return UserError;
            case OperationCanceledException:
                error.WriteLine("pulmopet: cancelled.");
                return UserError;
            default:
                error.WriteLine(
                    $"pulmopet: unexpected failure ({exception.GetType().Name}): {exception.Message} " +
                    "Please report this with the command line you used.");
                if (Environment.GetEnvironmentVariable("PULMOPET_DEBUG") == "1")
                {
                    error.WriteLine(exception.ToString());
                }

                return UnexpectedFailure;
        }
    }

    /// <summary>Wraps a command body so every command maps errors the same way.</summary>
    public static int Guard(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception exception)
        {
            return Report(exception, error);
        }
    }

    /// <summary>Wraps a command body that has no exit code of its own: success unless it throws.</summary>
    public static int Guard(TextWriter error, Action body) => Guard(error, () =>
    {
        body();
        return Success;
    });
}
