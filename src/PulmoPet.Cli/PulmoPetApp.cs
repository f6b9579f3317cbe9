using System.CommandLine;
using PulmoPet.Cli.Commands;

namespace PulmoPet.Cli;

/// <summary>The <c>pulmopet</c> command tree. Commands parse options, call the libraries and write files.</summary>
public static class PulmoPetApp
{
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "PulmoPet: FDG PET/CT lung-lesion analysis from DICOM or NIfTI to paper-ready results.");
        root.Subcommands.Add(InfoCommand.Create(context));
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(PhantomCommand.Create(context));
        root.Subcommands.Add(LungsCommand.Create(context));
        root.Subcommands.Add(LesionsCommand.Create(context));
        root.Subcommands.Add(EvaluateSegCommand.Create(context));
        root.Subcommands.Add(FeaturesCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(DlCommand.Create(context));
        root.Subcommands.Add(ModelCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(StudyCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        return root;
    }

    /// <summary>Runs a command line; returns 0 on success, 1 on a user error, 2 on an unexpected failure.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return BuildRootCommand(context).Parse(args).Invoke(configuration);
        }
        catch (Exception exception)
        {
            return ErrorReporter.Report(exception, error);
        }
    }
}
