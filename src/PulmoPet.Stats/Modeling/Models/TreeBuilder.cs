namespace PulmoPet.Stats.Modeling.Models;

/// <summary>Split criterion of a <see cref="TreeBuilder"/>.</summary>
public enum TreeCriterion
{
    /// <summary>Gini impurity of the weighted class distribution (classification; leaves hold class probabilities).</summary>
    Gini,

    /// <summary>Friedman's improvement w_l·w_r/(w_l + w_r)·(ȳ_l − ȳ_r)² (regression; leaves hold the weighted mean).</summary>
    FriedmanMse,
}

/// <summary>
/// Grows one CART tree depth-first, best split per node, as scikit-learn's <c>BestSplitter</c> with
/// <c>DepthFirstTreeBuilder</c>: thresholds halfway between consecutive distinct values (values closer than 10⁻⁷ count as
/// equal), a node becomes a leaf at <see cref="MaxDepth"/>, below <see cref="MinSamplesSplit"/> samples, below twice
/// <see cref="MinSamplesLeaf"/> or at zero impurity; a split must leave <see cref="MinSamplesLeaf"/> samples per side.
/// With <see cref="MaxFeatures"/> below the feature count, features are drawn at random per node until that many
/// non-constant ones were tried (the random forest's feature bagging); otherwise all are tried in column order and the
/// first best split wins (scikit-learn visits them in a random order, which only matters on exact ties).
/// </summary>
public sealed class TreeBuilder
{
    private const double FeatureThreshold = 1e-7;
    private const double Epsilon = 2.220446049250313e-16;

    public TreeCriterion Criterion { get; init; } = TreeCriterion.Gini;

    /// <summary>Maximum depth (root = depth 0); null = grow until pure.</summary>
    public int? MaxDepth { get; init; }

    public int MinSamplesSplit { get; init; } = 2;

    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Features tried per node; null = all.</summary>
    public int? MaxFeatures { get; init; }

    /// <summary>Classes (Gini); ignored for regression.</summary>
    public int ClassCount { get; init; } = 2;

    /// <summary>Grows the tree on <paramref name="samples"/> (indices into x, repeats allowed: a bootstrap sample).</summary>
    /// <param name="x">Rows × features.</param>
    /// <param name="target">Class index (Gini) or response (FriedmanMse) per row.</param>
    /// <param name="weights">Sample weight per row.</param>
    /// <param name="samples">Rows the tree is grown on.</param>
    /// <param name="random">Draws features when <see cref="MaxFeatures"/> is set.</param>
    public DecisionTree Grow(IReadOnlyList<double[]> x, IReadOnlyList<double> target, IReadOnlyList<double> weights, int[] samples, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(samples);
        var nodes = new Nodes();
        Build(new Context(x, target, weights, random), samples, 0, nodes);
        return new DecisionTree(nodes.Feature.ToArray(), nodes.Threshold.ToArray(), nodes.Left.ToArray(), nodes.Right.ToArray(), nodes.Value.ToArray());
    }

    private int Build(Context c, int[] samples, int depth, Nodes nodes)
    {
        int id = nodes.Add(NodeValue(c, samples));
        bool leaf = (MaxDepth is int d && depth >= d) || samples.Length < MinSamplesSplit || samples.Length < 2 * MinSamplesLeaf || Impurity(c, samples) <= Epsilon;
        if (!leaf && BestSplit(c, samples) is { } split)
        {
            var left = samples.Where(i => c.X[i][split.Feature] <= split.Threshold).ToArray();
            var right = samples.Where(i => c.X[i][split.Feature] > split.Threshold).ToArray();
            nodes.Feature[id] = split.Feature;
            nodes.Threshold[id] = split.Threshold;
            nodes.Left[id] = Build(c, left, depth + 1, nodes);
            nodes.Right[id] = Build(c, right, depth + 1, nodes);
        }

        return id;
    }

    private (int Feature, double Threshold)? BestSplit(Context c, int[] samples)
    {
        int p = c.X[0].Length;
        var order = Enumerable.Range(0, p).ToArray();
        int wanted = Math.Min(MaxFeatures ?? p, p);
        bool sampling = wanted < p;
        double bestProxy = double.NegativeInfinity;
        (int, double)? best = null;
        int tried = 0;
        var values = new double[samples.Length];
        var sorted = new int[samples.Length];
        for (int f = 0; f < p && tried < wanted; f++)
        {
            if (sampling)
            {
                // Partial Fisher–Yates: order[f] is a uniform draw among the features not drawn yet.
                int pick = f + c.Random!.Next(p - f);
                (order[f], order[pick]) = (order[pick], order[f]);
            }

            int feature = order[f];
            for (int s = 0; s < samples.Length; s++)
            {
                sorted[s] = samples[s];
                values[s] = c.X[samples[s]][feature];
            }

            Array.Sort(values, sorted);
            if (values[^1] <= values[0] + FeatureThreshold)
            {
                continue;
            }

            tried++;
            var scan = new SplitScan(this, c);
            scan.Initialize(samples);
            for (int s = 0; s < samples.Length - 1; s++)
            {
                scan.MoveLeft(sorted[s]);
                if (values[s + 1] <= values[s] + FeatureThreshold || s + 1 < MinSamplesLeaf || samples.Length - s - 1 < MinSamplesLeaf)
                {
                    continue;
                }

                double proxy = scan.Proxy();
                if (proxy > bestProxy)
                {
                    bestProxy = proxy;
                    double threshold = values[s] / 2 + values[s + 1] / 2;
                    if (threshold == values[s + 1] || double.IsInfinity(threshold))
                    {
                        threshold = values[s];
                    }

                    best = (feature, threshold);
                }
            }
        }

        return best;
    }

    private double[] NodeValue(Context c, int[] samples)
    {
        if (Criterion == TreeCriterion.FriedmanMse)
        {
            double sw = 0, sy = 0;
            foreach (int i in samples)
            {
                sw += c.W[i];
                sy += c.W[i] * c.Y[i];
            }

            return [sw > 0 ? sy / sw : 0];
        }

        var counts = new double[ClassCount];
        foreach (int i in samples)
        {
            counts[(int)c.Y[i]] += c.W[i];
        }

        double total = counts.Sum();
        return counts.Select(v => total > 0 ? v / total : 1.0 / ClassCount).ToArray();
    }

    private double Impurity(Context c, int[] samples)
    {
        if (Criterion == TreeCriterion.FriedmanMse)
        {
            double sw = 0, sy = 0, syy = 0;
            foreach (int i in samples)
            {
                sw += c.W[i];
                sy += c.W[i] * c.Y[i];
                syy += c.W[i] * c.Y[i] * c.Y[i];
            }

            return sw > 0 ? syy / sw - (sy / sw) * (sy / sw) : 0;
        }

        var p = NodeValue(c, samples);
        return 1 - p.Sum(v => v * v);
    }

    private sealed record Context(IReadOnlyList<double[]> X, IReadOnlyList<double> Y, IReadOnlyList<double> W, Random? Random);

    /// <summary>Running left/right sums while the split position moves right along the sorted samples.</summary>
    private sealed class SplitScan
    {
        private readonly TreeBuilder builder;
        private readonly Context c;
        private readonly double[] leftCounts;
        private readonly double[] rightCounts;
        private double leftWeight, rightWeight, leftSum, rightSum;

        public SplitScan(TreeBuilder builder, Context c)
        {
            this.builder = builder;
            this.c = c;
            leftCounts = new double[builder.Criterion == TreeCriterion.Gini ? builder.ClassCount : 0];
            rightCounts = new double[leftCounts.Length];
        }

        public void Initialize(int[] samples)
        {
            foreach (int i in samples)
            {
                rightWeight += c.W[i];
                rightSum += c.W[i] * c.Y[i];
                if (rightCounts.Length > 0) rightCounts[(int)c.Y[i]] += c.W[i];
            }
        }

        public void MoveLeft(int i)
        {
            leftWeight += c.W[i];
            rightWeight -= c.W[i];
            leftSum += c.W[i] * c.Y[i];
            rightSum -= c.W[i] * c.Y[i];
            if (leftCounts.Length > 0)
            {
                leftCounts[(int)c.Y[i]] += c.W[i];
                rightCounts[(int)c.Y[i]] -= c.W[i];
            }
        }

        /// <summary>scikit-learn's proxy_impurity_improvement: larger is better, same argmax as the impurity decrease.</summary>
        public double Proxy()
        {
            if (builder.Criterion == TreeCriterion.FriedmanMse)
            {
                double diff = rightWeight * leftSum - leftWeight * rightSum;
                return leftWeight > 0 && rightWeight > 0 ? diff * diff / (leftWeight * rightWeight) : double.NegativeInfinity;
            }

            return -leftWeight * Gini(leftCounts, leftWeight) - rightWeight * Gini(rightCounts, rightWeight);
        }

        private static double Gini(double[] counts, double total)
        {
            if (total <= 0) return 0;
            double s = 0;
            foreach (double v in counts) s += (v / total) * (v / total);
            return 1 - s;
        }
    }

    private sealed class Nodes
    {
        public List<int> Feature { get; } = [];
        public List<double> Threshold { get; } = [];
        public List<int> Left { get; } = [];
        public List<int> Right { get; } = [];
        public List<double[]> Value { get; } = [];

        public int Add(double[] value)
        {
            Feature.Add(-1);
            Threshold.Add(0);
            Left.Add(-1);
            Right.Add(-1);
            Value.Add(value);
            return Feature.Count - 1;
        }
    }
}
