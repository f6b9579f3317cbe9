using System.Text.Json.Nodes;

namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// A fitted binary decision tree (CART) stored as flat arrays, as scikit-learn's <c>Tree</c>: node t splits on
/// <see cref="Feature"/>[t] (−1 at a leaf), sending x[f] ≤ <see cref="Threshold"/>[t] to <see cref="Left"/>[t] and the
/// rest to <see cref="Right"/>[t]; <see cref="Value"/>[t] is the leaf output (class probabilities or a regression value).
/// </summary>
public sealed record DecisionTree(int[] Feature, double[] Threshold, int[] Left, int[] Right, double[][] Value)
{
    public int NodeCount => Feature.Length;

    /// <summary>Index of the leaf that <paramref name="x"/> falls in.</summary>
    public int Leaf(IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        int t = 0;
        while (Feature[t] >= 0)
        {
            t = x[Feature[t]] <= Threshold[t] ? Left[t] : Right[t];
        }

        return t;
    }

    public double[] Predict(IReadOnlyList<double> x) => Value[Leaf(x)];

    public JsonObject ToJson() => new()
    {
        ["feature"] = Json.Array(Feature),
        ["threshold"] = Json.Array(Threshold),
        ["left"] = Json.Array(Left),
        ["right"] = Json.Array(Right),
        ["value"] = new JsonArray(Value.Select(v => (JsonNode)Json.Array(v)).ToArray()),
    };

    public static DecisionTree FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var tree = new DecisionTree(
            Json.Ints(node["feature"]),
            Json.Doubles(node["threshold"]),
            Json.Ints(node["left"]),
            Json.Ints(node["right"]),
            Json.Required(node["value"]).AsArray().Select(Json.Doubles).ToArray());
        int n = tree.Feature.Length;
        if (n == 0 || tree.Threshold.Length != n || tree.Left.Length != n || tree.Right.Length != n || tree.Value.Length != n ||
            Enumerable.Range(0, n).Any(t => tree.Feature[t] >= 0 && (tree.Left[t] <= t || tree.Right[t] <= t || tree.Left[t] >= n || tree.Right[t] >= n)))
        {
            throw new FormatException("A decision tree in the model file is inconsistent.");
        }

        return tree;
    }
}
