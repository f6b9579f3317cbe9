using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PulmoPet.Imaging;
using PulmoPet.Web.Http;
using PulmoPet.Web.Workspace;

namespace PulmoPet.Web;

/// <summary>
/// The local PET/CT viewer of a study workspace: Kestrel bound to 127.0.0.1 only, read-only (GET/HEAD), serving
/// the embedded NiiVue page, the case list, the lesion tables and the case volumes (docs/viewer.md).
/// </summary>
public sealed class ViewerServer : IAsyncDisposable
{
    /// <summary>The port <c>pulmopet serve</c> uses unless told otherwise.</summary>
    public const int DefaultPort = 8765;

    private readonly WebApplication _app;

    private ViewerServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The page's address, e.g. <c>http://127.0.0.1:8765/</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Starts serving <paramref name="workspace"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port).
    /// A port in use is an <see cref="InvalidInputException"/>.
    /// </summary>
    public static async Task<ViewerServer> StartAsync(StudyWorkspace workspace, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);

        // Configuration from the content root (appsettings.json) or ASPNETCORE_URLS must not widen the binding:
        // the content root is this assembly's folder and the one endpoint is set explicitly below.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });

        WebApplication app = builder.Build();
        int boundPort = port;
        app.Use(next => RequestGuards.Middleware(next, () => boundPort));
        app.UseRouting();
        ViewerEndpoints.Map(app, workspace);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            await app.DisposeAsync();
            throw new InvalidInputException($"Cannot listen on 127.0.0.1:{port} ({exception.Message}); choose another --port.", exception);
        }

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var uri = new Uri(address.EndsWith('/') ? address : address + "/");
        boundPort = uri.Port;
        return new ViewerServer(app, uri);
    }

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled (Ctrl+C in <c>pulmopet serve</c>).</summary>
    public async Task RunUntilCancelledAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
