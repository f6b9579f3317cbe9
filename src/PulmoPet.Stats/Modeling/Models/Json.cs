using System.Text.Json.Nodes;

namespace PulmoPet.Stats.Modeling.Models;

/// <summary>Small helpers to write and read number arrays of model files (System.Text.Json writes doubles round-trip).</summary>
internal static class Json
{
    public static JsonArray Array(IEnumerable<double> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonArray Array(IEnumerable<int> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonNode Required(JsonNode? node) => node ?? throw new FormatException("A required entry of the model file is missing.");

    public static double[] Doubles(JsonNode? node) => Required(node).AsArray().Select(v => Required(v).GetValue<double>()).ToArray();

    public static int[] Ints(JsonNode? node) => Required(node).AsArray().Select(v => Required(v).GetValue<int>()).ToArray();

    public static string[] Strings(JsonNode? node) => Required(node).AsArray().Select(v => Required(v).GetValue<string>()).ToArray();

    public static double[][] Matrix(JsonNode? node) => Required(node).AsArray().Select(Doubles).ToArray();

    public static JsonArray Matrix(IEnumerable<double[]> rows) => new(rows.Select(r => (JsonNode?)Array(r)).ToArray());
}
