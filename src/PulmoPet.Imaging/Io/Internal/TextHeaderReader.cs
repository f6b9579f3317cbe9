using System.Text;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>The text lines of a NRRD or MetaImage header and where the bytes after it begin.</summary>
/// <param name="Lines">Lines without their terminators, up to and including the terminating line.</param>
/// <param name="DataOffset">Byte offset just past the last header line.</param>
/// <param name="Terminated">False when the file ended before a terminating line was found.</param>
internal sealed record TextHeader(IReadOnlyList<string> Lines, long DataOffset, bool Terminated);

/// <summary>Reads "\n" or "\r\n" terminated header lines (Latin-1, so byte offsets stay exact).</summary>
internal static class TextHeaderReader
{
    /// <summary>No real header comes near this; a file without a header end is refused here rather than read whole.</summary>
    public const int MaxHeaderBytes = 1 << 20;

    public static TextHeader Read(string path, Func<string, bool> isLastLine, string formatName)
    {
        using FileStream file = FileAccessErrors.OpenRead(path, path);
        var lines = new List<string>();
        var line = new List<byte>(128);
        long position = 0;
        while (true)
        {
            int b = file.ReadByte();
            if (b < 0)
            {
                if (line.Count > 0)
                {
                    lines.Add(Decode(line));
                }

                return new TextHeader(lines, position, Terminated: false);
            }

            position++;
            if (b == '\n')
            {
                string text = Decode(line);
                lines.Add(text);
                line.Clear();
                if (isLastLine(text))
                {
                    return new TextHeader(lines, position, Terminated: true);
                }
            }
            else if (b == 0)
            {
                throw new ImageFormatException(path,
                    $"the {formatName} header runs into binary data at byte {Counts.Format(position - 1)} before it ends (damaged header?)");
            }
            else
            {
                line.Add((byte)b);
            }

            if (position > MaxHeaderBytes)
            {
                throw new ImageFormatException(path, $"the {formatName} header does not end within its first {Counts.Format(MaxHeaderBytes)} bytes");
            }
        }
    }

    private static string Decode(List<byte> line)
    {
        int count = line.Count > 0 && line[^1] == '\r' ? line.Count - 1 : line.Count;
        return Encoding.Latin1.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(line)[..count]);
    }
}
