using System.Text.Json.Nodes;

namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// Multinomial gradient boosting (Friedman 2001, Ann Stat 29:1189, algorithm 6) as scikit-learn's
/// <c>GradientBoostingClassifier(loss = "log_loss", subsample = 1, max_features = None, criterion = "friedman_mse")</c>:
/// raw scores start at the weighted log class priors centred to mean zero; each stage takes the residuals
/// rₖ = 1{y = k} − pₖ of the current softmax, grows one regression tree per class on them (depth
/// <see cref="DefaultMaxDepth"/>) and sets each leaf to the Newton step (K − 1)/K · Σ w r / Σ w p(1 − p) (0 when the
/// denominator vanishes), added with the learning rate. Class weights enter as sample weights. No randomness.
/// </summary>
public sealed class GradientBoosting : IProbabilisticClassifier
{
    public const int DefaultEstimators = 100;
    public const double DefaultLearningRate = 0.1;
    public const int DefaultMaxDepth = 3;

    private GradientBoosting(double[] initial, double learningRate, DecisionTree[][] stages)
    {
        Initial = initial;
        LearningRate = learningRate;
        Stages = stages;
    }

    public ClassifierKind Kind => ClassifierKind.GradientBoosting;

    public int ClassCount => Initial.Length;

    public double[] Initial { get; }

    public double LearningRate { get; }

    /// <summary>Stages[m][k]: the tree of class k at stage m.</summary>
    public IReadOnlyList<DecisionTree[]> Stages { get; }

    public static GradientBoosting Fit(
        IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classCount, IReadOnlyList<double> weights,
        int estimators = DefaultEstimators, double learningRate = DefaultLearningRate, int maxDepth = DefaultMaxDepth, int minSamplesLeaf = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(weights);
        int n = x.Count, k = classCount;
        var prior = new double[k];
        for (int i = 0; i < n; i++) prior[y[i]] += weights[i];
        double total = prior.Sum();
        var initial = prior.Select(v => Math.Log(Math.Max(v / total, 1e-300))).ToArray();
        double centre = initial.Average();
        for (int c = 0; c < k; c++) initial[c] -= centre;

        var raw = Enumerable.Range(0, n).Select(_ => (double[])initial.Clone()).ToArray();
        var builder = new TreeBuilder { Criterion = TreeCriterion.FriedmanMse, MaxDepth = maxDepth, MinSamplesLeaf = minSamplesLeaf };
        var all = Enumerable.Range(0, n).ToArray();
        var stages = new DecisionTree[estimators][];
        for (int m = 0; m < estimators; m++)
        {
            var probabilities = raw.Select(Softmax).ToArray();
            stages[m] = new DecisionTree[k];
            for (int c = 0; c < k; c++)
            {
                var residual = Enumerable.Range(0, n).Select(i => (y[i] == c ? 1.0 : 0.0) - probabilities[i][c]).ToArray();
                var tree = builder.Grow(x, residual, weights, all);
                var leaves = all.Select(i => tree.Leaf(x[i])).ToArray();
                var numerator = new double[tree.NodeCount];
                var denominator = new double[tree.NodeCount];
                for (int i = 0; i < n; i++)
                {
                    double p = probabilities[i][c];
                    numerator[leaves[i]] += weights[i] * residual[i];
                    denominator[leaves[i]] += weights[i] * p * (1 - p);
                }

                for (int t = 0; t < tree.NodeCount; t++)
                {
                    if (tree.Feature[t] < 0)
                    {
                        // scikit-learn's _safe_divide: a vanishing Hessian gives a zero step.
                        tree.Value[t] = [Math.Abs(denominator[t]) < 1e-150 ? 0 : (k - 1.0) / k * numerator[t] / denominator[t]];
                    }
                }

                for (int i = 0; i < n; i++) raw[i][c] += learningRate * tree.Value[leaves[i]][0];
                stages[m][c] = tree;
            }
        }

        return new GradientBoosting(initial, learningRate, stages);
    }

    /// <summary>Raw (log-odds-like) scores, scikit-learn's <c>decision_function</c>.</summary>
    public double[] RawScores(IReadOnlyList<double> x)
    {
        var raw = (double[])Initial.Clone();
        foreach (var stage in Stages)
        {
            for (int c = 0; c < raw.Length; c++) raw[c] += LearningRate * stage[c].Predict(x)[0];
        }

        return raw;
    }

    public double[] Probabilities(IReadOnlyList<double> x) => Softmax(RawScores(x));

    public JsonObject ToJson() => new()
    {
        ["initial"] = Json.Array(Initial),
        ["learning_rate"] = LearningRate,
        ["stages"] = new JsonArray(Stages.Select(s => (JsonNode)new JsonArray(s.Select(t => (JsonNode)t.ToJson()).ToArray())).ToArray()),
    };

    public static GradientBoosting FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var initial = Json.Doubles(node["initial"]);
        var stages = Json.Required(node["stages"]).AsArray()
            .Select(s => Json.Required(s).AsArray().Select(t => DecisionTree.FromJson(Json.Required(t))).ToArray()).ToArray();
        if (stages.Any(s => s.Length != initial.Length))
        {
            throw new FormatException("A boosting stage in the model file does not have one tree per class.");
        }

        return new GradientBoosting(initial, Json.Required(node["learning_rate"]).GetValue<double>(), stages);
    }

    internal static double[] Softmax(double[] raw)
    {
        double max = raw.Max();
        var p = raw.Select(v => Math.Exp(v - max)).ToArray();
        double sum = p.Sum();
        for (int c = 0; c < p.Length; c++) p[c] /= sum;
        return p;
    }
}
