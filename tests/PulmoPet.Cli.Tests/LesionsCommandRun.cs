using System.CommandLine;
using PulmoPet.Cli.Commands;

namespace PulmoPet.Cli.Tests;

/// <summary>
/// Runs the lung/lesion commands in-process under a root of their own, exactly as <see cref="PulmoPetApp.Run"/>
/// runs its tree, so they are tested whether or not the app has registered them yet.
/// </summary>
internal static class LesionsCommandRun
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error);
        var root = new RootCommand("test");
        root.Subcommands.Add(LungsCommand.Create(context));
        root.Subcommands.Add(LesionsCommand.Create(context));
        root.Subcommands.Add(EvaluateSegCommand.Create(context));
        int exitCode;
        try
        {
            exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception)
        {
            exitCode = ErrorReporter.Report(exception, error);
        }

        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
