using System.Reflection;

namespace PulmoPet.Web.Http;

/// <summary>
/// The page and its scripts, embedded in this assembly at build time (wwwroot/ and NiiVue's npm bundle, see
/// NiiVue.targets): the fixed whitelist of static files the viewer serves.
/// </summary>
internal static class EmbeddedAssets
{
    public const string Page = "index.html";
    private const string Prefix = "PulmoPet.Web.Assets.";

    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    /// <summary>The asset names (e.g. <c>viewer.js</c>, <c>niivue.js</c>).</summary>
    public static IReadOnlySet<string> Names { get; } = Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(name => name[Prefix.Length..])
        .ToHashSet(StringComparer.Ordinal);

    public static Stream? Open(string name) =>
        Names.Contains(name) ? Assembly.GetManifestResourceStream(Prefix + name) : null;

    public static string ContentType(string name) =>
        ContentTypes.TryGetValue(Path.GetExtension(name), out string? type) ? type : "application/octet-stream";
}
