using System.Net;
using System.Text;

namespace PulmoPet.Study.Reporting;

/// <summary>Small helpers for the self-contained report: escaped text, tables, and PNGs inlined as data URIs.</summary>
internal static class Html
{
    public static string Text(string text) => WebUtility.HtmlEncode(text);

    public static string Image(byte[] png, string alt, string? cssClass = null) =>
        $"<img{(cssClass is null ? "" : $" class=\"{cssClass}\"")} alt=\"{Text(alt)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">";

    public static void Table(StringBuilder html, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        html.Append("<table><thead><tr>");
        foreach (string h in header) html.Append("<th>").Append(Text(h)).Append("</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (string cell in row) html.Append("<td>").Append(Text(cell)).Append("</td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    public const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
        h1 { border-bottom: 2px solid #444; } h2 { margin-top: 2em; border-bottom: 1px solid #aaa; }
        table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.85em; }
        th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: right; }
        th { background: #eee; } td:first-child, th:first-child { text-align: left; }
        .note { color: #666; font-size: 0.9em; } .failed { color: #b00; }
        .case { page-break-inside: avoid; margin-bottom: 2em; }
        .figures { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; }
        figure { margin: 0; } figcaption { font-size: 0.8em; color: #444; max-width: 30em; }
        img.mip { height: 24em; image-rendering: pixelated; } img.plot { width: 32em; }
        """;
}
