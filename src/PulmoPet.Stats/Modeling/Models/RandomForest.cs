using System.Text.Json.Nodes;

namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// Random forest (Breiman 2001, Mach Learn 45:5) as scikit-learn's <c>RandomForestClassifier</c>: each tree is a Gini
/// CART grown to purity on a bootstrap sample, trying √p features (rounded down, at least 1) per node; class weights
/// enter as sample weights; the probability is the mean over trees of the leaf's weighted class proportions.
/// Tree t draws from its own generator seeded by (seed, t), so the forest is the same for any number of threads.
/// </summary>
public sealed class RandomForest : IProbabilisticClassifier
{
    public const int DefaultTrees = 500;

    private RandomForest(int classCount, DecisionTree[] trees)
    {
        ClassCount = classCount;
        Trees = trees;
    }

    public ClassifierKind Kind => ClassifierKind.RandomForest;

    public int ClassCount { get; }

    public IReadOnlyList<DecisionTree> Trees { get; }

    public static RandomForest Fit(
        IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classCount, IReadOnlyList<double> weights,
        int trees = DefaultTrees, int? maxFeatures = null, int minSamplesLeaf = 1, int seed = 1, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = x.Count, p = x[0].Length;
        var builder = new TreeBuilder
        {
            Criterion = TreeCriterion.Gini,
            ClassCount = classCount,
            MinSamplesLeaf = minSamplesLeaf,
            MaxFeatures = maxFeatures ?? Math.Max(1, (int)Math.Sqrt(p)),
        };
        var target = y.Select(v => (double)v).ToArray();
        var forest = new DecisionTree[trees];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : -1 };
        Parallel.For(0, trees, options, t =>
        {
            var random = new Random(SeedSequence.Derive(seed, t));
            var sample = new int[n];
            for (int i = 0; i < n; i++) sample[i] = random.Next(n);
            forest[t] = builder.Grow(x, target, weights, sample, random);
        });
        return new RandomForest(classCount, forest);
    }

    public double[] Probabilities(IReadOnlyList<double> x)
    {
        var p = new double[ClassCount];
        foreach (var tree in Trees)
        {
            var leaf = tree.Predict(x);
            for (int k = 0; k < ClassCount; k++) p[k] += leaf[k];
        }

        for (int k = 0; k < ClassCount; k++) p[k] /= Trees.Count;
        return p;
    }

    public JsonObject ToJson() => new()
    {
        ["classes"] = ClassCount,
        ["trees"] = new JsonArray(Trees.Select(t => (JsonNode)t.ToJson()).ToArray()),
    };

    public static RandomForest FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new RandomForest(Json.Required(node["classes"]).GetValue<int>(), Json.Required(node["trees"]).AsArray().Select(t => DecisionTree.FromJson(Json.Required(t))).ToArray());
    }
}
