using System.Net;
using Microsoft.AspNetCore.Http;

namespace PulmoPet.Web.Http;

/// <summary>
/// What every request passes before it reaches an endpoint: only GET and HEAD (the viewer is read-only; anything
/// else is 405), and only the Host names of this loopback server (a page elsewhere that rebinds its DNS name to
/// 127.0.0.1 must not read the workspace). Every response gets headers that keep it on this origin.
/// </summary>
internal static class RequestGuards
{
    /// <summary>The page loads scripts, styles and data from this origin only (no CDN, nothing inline).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static RequestDelegate Middleware(RequestDelegate next, Func<int> port) => async context =>
    {
        HttpResponse response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = "no-store";

        if (!IsLoopbackHost(context.Request.Host, port()))
        {
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        await next(context);
    };

    private static bool IsLoopbackHost(HostString host, int port)
    {
        if (!host.HasValue || (host.Port ?? 80) != port)
        {
            return false;
        }

        return host.Host is "localhost" || (IPAddress.TryParse(host.Host, out IPAddress? address) && IPAddress.IsLoopback(address));
    }
}
