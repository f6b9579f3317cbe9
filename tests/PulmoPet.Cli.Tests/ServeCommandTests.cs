using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace PulmoPet.Cli.Tests;

public sealed partial class ServeCommandTests
{
    [Fact]
    public void A_folder_that_is_not_a_workspace_is_one_sentence_and_exit_code_one()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("serve", temp.Path, "--port", "0");
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"pulmopet: error: {temp.Path} is not a study workspace: it has no cases/ folder (create one with `pulmopet study init` and `study run`).", line);
    }

    [Fact]
    public void A_port_that_is_not_a_TCP_port_is_a_user_error()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("cases"));
        var run = CliRun.Of("serve", temp.Path, "--port", "70000");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pulmopet: error: --port 70000 is not a TCP port (0 to 65535; 0 picks a free one).", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_port_in_use_is_a_user_error_naming_it()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("cases"));
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        int port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var run = CliRun.Of("serve", temp.Path, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"pulmopet: error: Cannot listen on 127.0.0.1:{port} (", Assert.Single(run.ErrorLines));
        Assert.EndsWith("); choose another --port.", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Serves_the_workspace_on_loopback_until_cancelled()
    {
        using var temp = new TempDirectory();
        string caseFolder = Directory.CreateDirectory(Path.Combine(temp.Path, "cases", "P001")).FullName;
        File.WriteAllText(Path.Combine(caseFolder, "lesions.csv"), "case_id,lesion_id,suv_max\nP001,1,6.5\n");
        var printed = new StringWriter();
        var output = TextWriter.Synchronized(printed);

        // TextWriter.Synchronized locks on the wrapper: read what the server thread printed under the same lock.
        string Printed()
        {
            lock (output)
            {
                return printed.ToString();
            }
        }

        var error = new StringWriter();
        var context = new CliContext(output, error);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        Task<int> serving = PulmoPetApp.BuildRootCommand(context).Parse(["serve", temp.Path, "--port", "0"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop.Token);

        Match address;
        while (!(address = AddressPattern().Match(Printed())).Success)
        {
            Assert.False(serving.IsCompleted, $"serve stopped early: {Printed()} {error}");
            Assert.False(stop.IsCancellationRequested, $"serve printed no address: [{Printed()}] [{error}]");
            await Task.Delay(20, CancellationToken.None);
        }

        using var http = new HttpClient { BaseAddress = new Uri(address.Value) };
        string cases = await http.GetStringAsync("api/cases", stop.Token);
        Assert.Equal("""{"cases":[{"id":"P001","volumes":[],"lesion_table":true}]}""", cases);
        string lesions = await http.GetStringAsync("api/cases/P001/lesions", stop.Token);
        Assert.Contains("\"suv_max\":6.5", lesions);

        await stop.CancelAsync();
        Assert.Equal(0, await serving);
        Assert.Contains("(1 case(s)) read-only at", Printed());
        Assert.Contains("Viewer stopped.", Printed());
        Assert.Empty(error.ToString());
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex AddressPattern();
}
