using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PulmoPet.Web.Tests;

/// <summary>
/// Debian's Chromium started headless with its DevTools port on 127.0.0.1, WebGL2 rendered in software
/// (SwiftShader through ANGLE: no GPU needed), a throw-away profile, and every host name but 127.0.0.1
/// unresolvable, so a page that reached for a CDN would fail to load. Not finding Chromium is a test failure
/// with instructions, never a skip.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string EnvironmentVariable = "PULMOPET_CHROMIUM";

    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome"];

    private readonly Process _process;
    private readonly TempDirectory _profile;

    private HeadlessChromium(Process process, TempDirectory profile, Uri devTools)
    {
        _process = process;
        _profile = profile;
        DevTools = devTools;
    }

    /// <summary>The DevTools HTTP endpoint, e.g. http://127.0.0.1:41234/.</summary>
    public Uri DevTools { get; }

    public static string Locate()
    {
        string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"{EnvironmentVariable} names {configured}, which does not exist.");
        }

        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in Candidates)
            {
                string path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        throw new FileNotFoundException(
            "The viewer's end-to-end test needs headless Chromium and found none (looked for " + string.Join(", ", Candidates) +
            $" on PATH and {EnvironmentVariable}); install it with `apt-get install -y chromium`" +
            (ci ? " (.ci/run installs it before the tests; CI=true never skips this test)." : ", or set PULMOPET_CHROMIUM to a Chromium binary."));
    }

    public static async Task<HeadlessChromium> StartAsync(CancellationToken cancellationToken)
    {
        string executable = Locate();
        var profile = new TempDirectory();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "--headless=new",
            "--no-sandbox", // CI runs as root, where Chromium's sandbox refuses to start
            "--use-angle=swiftshader",
            "--enable-unsafe-swiftshader",
            "--ignore-gpu-blocklist",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            $"--user-data-dir={profile.Path}",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--mute-audio",
            "--hide-scrollbars",
            "--window-size=1400,900",
            "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Chromium writes the port it chose to DevToolsActivePort in the profile once it listens.
        string portFile = Path.Combine(profile.Path, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(portFile) || new FileInfo(portFile).Length == 0)
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                TryKill(process);
                profile.Dispose();
                throw new InvalidOperationException($"{executable} did not open its DevTools port (exit code {(process.HasExited ? process.ExitCode : "none, still running")}).");
            }

            await Task.Delay(50, cancellationToken);
        }

        string port = (await File.ReadAllLinesAsync(portFile, cancellationToken))[0].Trim();
        return new HeadlessChromium(process, profile, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Connects to the page Chromium opened at start.</summary>
    public async Task<DevToolsSession> OpenPageAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = DevTools };
        for (int attempt = 0; ; attempt++)
        {
            var targets = await http.GetFromJsonAsync<JsonArray>("json/list", cancellationToken);
            var page = targets?.FirstOrDefault(t => t?["type"]?.GetValue<string>() == "page");
            if (page?["webSocketDebuggerUrl"]?.GetValue<string>() is { } url)
            {
                var session = await DevToolsSession.ConnectAsync(new Uri(url), cancellationToken);
                await session.SendAsync("Runtime.enable", null, cancellationToken);
                await session.SendAsync("Log.enable", null, cancellationToken);
                await session.SendAsync("Page.enable", null, cancellationToken);
                return session;
            }

            if (attempt > 100)
            {
                throw new InvalidOperationException("Chromium opened no page target.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        TryKill(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _profile.Dispose();
    }

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
