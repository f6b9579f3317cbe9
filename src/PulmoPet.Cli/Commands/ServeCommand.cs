using System.CommandLine;
using System.Runtime.InteropServices;
using PulmoPet.Imaging;
using PulmoPet.Web;
using PulmoPet.Web.Workspace;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet serve DIR [--port P]</c>: serves the read-only PET/CT viewer of a study workspace on 127.0.0.1
/// until Ctrl+C (or SIGTERM); see docs/viewer.md.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Study workspace folder (the DIR of `pulmopet study init`/`study run`)." };
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port on 127.0.0.1 to listen on; 0 picks a free one.",
            DefaultValueFactory = _ => ViewerServer.DefaultPort,
        };
        var command = new Command("serve", "Serve a local, read-only viewer of a study workspace on 127.0.0.1: fused PET/CT with lesion outlines and the lesion table (NiiVue, works offline).");
        command.Arguments.Add(directory);
        command.Options.Add(port);
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                int portNumber = parse.GetValue(port);
                if (portNumber is < 0 or > 65535)
                {
                    throw new InvalidInputException($"--port {portNumber} is not a TCP port (0 to 65535; 0 picks a free one).");
                }

                var workspace = StudyWorkspace.Open(parse.GetValue(directory)!.FullName);
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
                using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
                await using var server = await ViewerServer.StartAsync(workspace, portNumber, stop.Token);
                int cases = workspace.CaseIds().Count;
                context.Console.MarkupLineInterpolated(
                    $"Serving {workspace.Root} ({cases} case(s)) read-only at [bold]{server.Address}[/] (this computer only). Press Ctrl+C to stop.");
                await server.RunUntilCancelledAsync(stop.Token);
                context.Console.MarkupLine("Viewer stopped.");
                return ErrorReporter.Success;
            }
            catch (Exception exception)
            {
                return ErrorReporter.Report(exception, context.Error);
            }
        });
        return command;
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }
}
