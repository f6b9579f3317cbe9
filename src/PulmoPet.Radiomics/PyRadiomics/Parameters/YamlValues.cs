using System.Globalization;
using PulmoPet.Imaging;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PulmoPet.Radiomics.PyRadiomics.Parameters;

/// <summary>Typed reads of YAML nodes with errors that name the key and the file (YAML 1.1 scalars as PyYAML reads them).</summary>
internal sealed class YamlValues(string source)
{
    public string Source { get; } = source;

    /// <summary>PyYAML null: <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> or an empty plain scalar.</summary>
    public static bool IsNull(YamlNode? node) =>
        node is null || (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s && s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public InvalidInputException Error(YamlNode? node, string key, string message)
    {
        string where = node is null ? string.Empty : $" (line {node.Start.Line})";
        return new InvalidInputException($"{Source}{where}: '{key}' {message}");
    }

    public string Text(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } && !IsNull(node) ? v : throw Error(node, key, "must be a text value.");

    public bool Bool(YamlNode node, string key) => Text(node, key).ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw Error(node, key, "must be true or false."),
    };

    public double Double(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
            ? d
            : node is YamlScalarNode { Value: ".nan" or ".NaN" or "nan" } ? double.NaN
            : throw Error(node, key, "must be a number.");

    public int Int(YamlNode node, string key)
    {
        double d = Double(node, key);
        return d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue ? (int)d : throw Error(node, key, "must be a whole number.");
    }

    /// <summary>A number that must be &gt; 0 (schema min-ex: 0).</summary>
    public double Positive(YamlNode node, string key)
    {
        double d = Double(node, key);
        return d > 0 ? d : throw Error(node, key, "must be greater than 0.");
    }

    public int IntInRange(YamlNode node, string key, int min, int max)
    {
        int i = Int(node, key);
        return i >= min && i <= max ? i : throw Error(node, key, $"must be between {min} and {max}.");
    }

    public IReadOnlyList<double> Doubles(YamlNode node, string key) => node is YamlSequenceNode seq
        ? [.. seq.Children.Select(c => Double(c, key))]
        : throw Error(node, key, "must be a list of numbers, e.g. [1, 2].");

    public YamlMappingNode? Map(YamlNode node, string key) => IsNull(node)
        ? null
        : node as YamlMappingNode ?? throw Error(node, key, "must be a mapping (key: value lines, or {}).");
}
