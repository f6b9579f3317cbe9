using System.Globalization;
using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.MetaImage;

/// <summary>
/// The "Key = Value" lines of a MetaImage header (MetaIO). The header ends with the ElementDataFile line;
/// in an .mha the voxels follow it directly. Keys are matched without regard to case.
/// </summary>
internal sealed class MetaImageHeader
{
    private readonly Dictionary<string, string> _fields;

    private MetaImageHeader(string path, Dictionary<string, string> fields, long dataOffset)
    {
        Path = path;
        _fields = fields;
        DataOffset = dataOffset;
    }

    public string Path { get; }

    /// <summary>Just past the ElementDataFile line: where LOCAL data start.</summary>
    public long DataOffset { get; }

    public static MetaImageHeader Read(string path)
    {
        TextHeader text = TextHeaderReader.Read(path, IsDataFileLine, "MetaImage");
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < text.Lines.Count; i++)
        {
            string line = text.Lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            int equals = line.IndexOf('=');
            if (equals <= 0)
            {
                throw new ImageFormatException(path, $"header line {i + 1} (\"{Shorten(line)}\") is not a \"Key = Value\" line");
            }

            fields[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }

        if (!fields.ContainsKey("NDims"))
        {
            throw new ImageFormatException(path, "not a MetaImage file (its header has no \"NDims =\" line)");
        }

        if (!text.Terminated)
        {
            throw new ImageFormatException(path, "the MetaImage header has no ElementDataFile line (it must be the last header line)");
        }

        return new MetaImageHeader(path, fields, text.DataOffset);
    }

    public string? Get(string key) => _fields.TryGetValue(key, out string? value) ? value : null;

    /// <summary>The first of several synonymous keys present (e.g. Offset, Origin, Position).</summary>
    public (string Key, string Value)? First(params string[] keys)
    {
        foreach (string key in keys)
        {
            if (Get(key) is { } value)
            {
                return (key, value);
            }
        }

        return null;
    }

    public string Required(string key) =>
        Get(key) ?? throw new ImageFormatException(Path, $"the MetaImage header has no \"{key}\" line");

    public bool Boolean(string key, bool absent) => Get(key) is not { } text ? absent : text.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new ImageFormatException(Path, $"the MetaImage key \"{key} = {Shorten(text)}\" is neither True nor False"),
    };

    public double[] Numbers(string key, string text, int count)
    {
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != count)
        {
            throw new ImageFormatException(Path, $"the MetaImage key \"{key}\" has {words.Length} numbers, but {count} are needed");
        }

        return words.Select(word => double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new ImageFormatException(Path, $"the MetaImage key \"{key}\" has \"{Shorten(word)}\" where a number belongs")).ToArray();
    }

    private static bool IsDataFileLine(string line)
    {
        int equals = line.IndexOf('=');
        return equals > 0 && line[..equals].Trim().Equals("ElementDataFile", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
