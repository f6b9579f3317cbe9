using System.Net.Sockets;
using System.Text;

namespace PulmoPet.Web.Tests;

/// <summary>
/// Sends a request exactly as written, byte for byte (HttpClient would normalise "../" and percent-encodings
/// away before they reach the server), and reads the whole response of a "Connection: close" exchange.
/// </summary>
internal static class RawHttp
{
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string BodyText => Encoding.UTF8.GetString(Body);
    }

    public static async Task<Response> SendAsync(Uri server, string method, string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Port);
        await using NetworkStream stream = client.GetStream();
        string request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var all = new MemoryStream();
        await stream.CopyToAsync(all);
        return Parse(all.ToArray(), method == "HEAD");
    }

    private static Response Parse(byte[] bytes, bool head)
    {
        int end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        string[] lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        int status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        byte[] body = bytes[(end + 4)..];
        if (!head && headers.TryGetValue("Transfer-Encoding", out string? encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new Response(status, headers, body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        var output = new MemoryStream();
        int position = 0;
        while (true)
        {
            int lineEnd = body.AsSpan(position).IndexOf("\r\n"u8) + position;
            int size = Convert.ToInt32(Encoding.ASCII.GetString(body, position, lineEnd - position).Split(';')[0], 16);
            position = lineEnd + 2;
            if (size == 0)
            {
                return output.ToArray();
            }

            output.Write(body, position, size);
            position += size + 2;
        }
    }
}
