using System.Globalization;
using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.Nrrd;

/// <summary>
/// The fields of a NRRD header ("field: value" lines after the "NRRD000x" magic, "#" comments and
/// "key:=value" pairs skipped), as the teem NRRD0005 specification defines them, with typed accessors whose
/// errors name the field.
/// </summary>
internal sealed class NrrdHeader
{
    private readonly Dictionary<string, string> _fields;

    private NrrdHeader(string path, Dictionary<string, string> fields, long dataOffset, bool terminated)
    {
        Path = path;
        _fields = fields;
        DataOffset = dataOffset;
        Terminated = terminated;
    }

    public string Path { get; }

    /// <summary>Where attached data begin: just past the blank line that ends the header.</summary>
    public long DataOffset { get; }

    /// <summary>False when the file ended without the blank line (fine for a detached .nhdr only).</summary>
    public bool Terminated { get; }

    public static NrrdHeader Read(string path)
    {
        TextHeader text = TextHeaderReader.Read(path, line => line.Length == 0, "NRRD");
        if (text.Lines.Count == 0 || !text.Lines[0].StartsWith("NRRD000", StringComparison.Ordinal))
        {
            throw new ImageFormatException(path, "not a NRRD file (it does not start with \"NRRD000\")");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < text.Lines.Count; i++)
        {
            string line = text.Lines[i];
            if (line.Length == 0 || line.StartsWith('#') || line.Contains(":=", StringComparison.Ordinal))
            {
                continue;
            }

            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 && line.EndsWith(':'))
            {
                colon = line.Length - 1; // "content:" with nothing after it
            }

            if (colon <= 0)
            {
                throw new ImageFormatException(path, $"header line {i + 1} (\"{Shorten(line)}\") is not a \"field: value\" line");
            }

            string name = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            if (!fields.TryAdd(name, value))
            {
                throw new ImageFormatException(path, $"the header gives the field \"{name}\" twice");
            }

            if (name.Equals("data file", StringComparison.OrdinalIgnoreCase) && value.StartsWith("LIST", StringComparison.Ordinal))
            {
                break; // NRRD0005: the remaining header lines are the data file names
            }
        }

        return new NrrdHeader(path, fields, text.DataOffset, text.Terminated);
    }

    public string? Get(string field) => _fields.TryGetValue(field, out string? value) ? value : null;

    public string Required(string field) =>
        Get(field) ?? throw new ImageFormatException(Path, $"the NRRD header has no \"{field}\" field");

    public int Integer(string field, int min, int max)
    {
        string text = Required(field);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new ImageFormatException(Path, $"the NRRD field \"{field}: {Shorten(text)}\" is not a whole number from {min} to {max}");
        }

        return value;
    }

    /// <summary>Whitespace-separated words, e.g. sizes or kinds; exactly <paramref name="count"/> of them.</summary>
    public string[] Words(string field, int count)
    {
        string[] words = Required(field).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != count)
        {
            throw new ImageFormatException(Path, $"the NRRD field \"{field}\" has {words.Length} entries, but the image has {count} axes");
        }

        return words;
    }

    public long[] Longs(string field, int count) => Words(field, count).Select(word =>
        long.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw new ImageFormatException(Path, $"the NRRD field \"{field}\" has \"{Shorten(word)}\" where a whole number belongs")).ToArray();

    /// <summary>Parses "(x,y,z)"; null for "none".</summary>
    public double[]? Vector(string field, string text, int length)
    {
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!text.StartsWith('(') || !text.EndsWith(')'))
        {
            throw new ImageFormatException(Path, $"the NRRD field \"{field}\" has \"{Shorten(text)}\" where a vector \"(x,y,z)\" or \"none\" belongs");
        }

        string[] parts = text[1..^1].Split(',');
        if (parts.Length != length)
        {
            throw new ImageFormatException(Path, $"the NRRD field \"{field}\" has the vector {Shorten(text)} of {parts.Length} numbers, but the space has {length} dimensions");
        }

        return parts.Select(part => Number(field, part.Trim())).ToArray();
    }

    /// <summary>Splits "(a,b,c) none (d,e,f)" into its vectors, tolerating spaces inside the parentheses.</summary>
    public List<string> VectorWords(string field)
    {
        string text = Required(field);
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int end = text[i] == '(' ? text.IndexOf(')', i) + 1 : text.IndexOfAny([' ', '\t'], i);
            if (end <= 0)
            {
                end = text.Length;
            }

            words.Add(string.Concat(text[i..end].Where(ch => !char.IsWhiteSpace(ch))));
            i = end;
        }

        return words;
    }

    public double Number(string field, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return value;
        }

        return text.ToLowerInvariant() switch
        {
            "nan" => double.NaN,
            "inf" or "+inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            _ => throw new ImageFormatException(Path, $"the NRRD field \"{field}\" has \"{Shorten(text)}\" where a number belongs"),
        };
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
