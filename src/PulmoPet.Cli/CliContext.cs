using Spectre.Console;

namespace PulmoPet.Cli;

/// <summary>Where a command writes: a Spectre console for tables and progress, and the error stream.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected
                ? InteractionSupport.Detect
                : InteractionSupport.No,
            Ansi = ReferenceEquals(output, System.Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
        });
        if (!IsInteractive)
        {
            // Redirected output goes to files and logs: never wrap tables at an assumed 80 columns.
            Console.Profile.Width = 250;
        }
    }

    public IAnsiConsole Console { get; }

    /// <summary>Plain text output (lines meant for logs and pipes).</summary>
    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when a live progress display makes sense (an interactive terminal).</summary>
    public bool IsInteractive => Console.Profile.Capabilities.Interactive;
}
