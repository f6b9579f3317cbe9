using System.Text.Json.Nodes;

namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// RBF-kernel C-SVC, one-vs-one as libsvm (Chang &amp; Lin 2011, ACM TIST 2:27; scikit-learn <c>SVC(kernel = "rbf",
/// probability = True, class_weight)</c>): for each class pair i &lt; j a binary SVM with K(a, b) = exp(−γ‖a − b‖²),
/// bounds C·wᵢ and C·wⱼ (class weights), decision value positive for class i (scikit-learn's <c>decision_function</c>
/// with <c>decision_function_shape = "ovo"</c>). Probabilities as libsvm: Platt sigmoids fitted on 5-fold
/// cross-validated decision values of each pair (folds drawn from the seed), coupled by <see cref="PairwiseCoupling"/>;
/// pairwise probabilities are clipped to [10⁻⁷, 1 − 10⁻⁷] as libsvm does.
/// </summary>
public sealed class SupportVectorMachine : IProbabilisticClassifier
{
    public const double DefaultCost = 1;
    public const double DefaultTolerance = 1e-3;
    private const int ProbabilityFolds = 5;
    private const double MinimumPairProbability = 1e-7;

    private SupportVectorMachine(int classCount, double gamma, BinarySvm[] pairs)
    {
        ClassCount = classCount;
        Gamma = gamma;
        Pairs = pairs;
    }

    public ClassifierKind Kind => ClassifierKind.Svm;

    public int ClassCount { get; }

    public double Gamma { get; }

    /// <summary>One binary machine per pair (i, j), i &lt; j, in the order (0,1), (0,2), …, (1,2), ….</summary>
    public IReadOnlyList<BinarySvm> Pairs { get; }

    /// <summary>One binary machine: support vectors, their αᵢyᵢ, ρ, and the Platt sigmoid (A, B).</summary>
    public sealed record BinarySvm(int Positive, int Negative, double[][] SupportVectors, double[] Coefficients, double Rho, double PlattA, double PlattB);

    /// <summary>scikit-learn's <c>gamma = "scale"</c>: 1 / (p · Var(X)) over all entries of the training matrix.</summary>
    public static double ScaleGamma(IReadOnlyList<double[]> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var all = x.SelectMany(r => r).ToArray();
        double mean = all.Average();
        double variance = all.Sum(v => (v - mean) * (v - mean)) / all.Length;
        return variance > 0 ? 1 / (x[0].Length * variance) : 1.0;
    }

    public static SupportVectorMachine Fit(
        IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classCount, IReadOnlyList<double> classWeights,
        double cost = DefaultCost, double? gamma = null, double tolerance = DefaultTolerance, int seed = 1, bool probability = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(classWeights);
        double g = gamma ?? ScaleGamma(x);
        var pairs = new List<BinarySvm>();
        int pairIndex = 0;
        for (int i = 0; i < classCount; i++)
        {
            for (int j = i + 1; j < classCount; j++, pairIndex++)
            {
                var members = Enumerable.Range(0, x.Count).Where(t => y[t] == i || y[t] == j).ToArray();
                var rows = members.Select(t => x[t]).ToArray();
                var signs = members.Select(t => y[t] == i ? 1 : -1).ToArray();
                double ci = cost * classWeights[i], cj = cost * classWeights[j];
                var (vectors, coefficients, rho) = Train(rows, signs, ci, cj, g, tolerance);
                double a = 0, b = 0;
                if (probability)
                {
                    var decisions = CrossValidatedDecisions(rows, signs, ci, cj, g, tolerance, SeedSequence.Derive(seed, pairIndex, 7));
                    (a, b) = PlattScaling.Fit(decisions, signs.Select(s => s > 0).ToArray());
                }

                pairs.Add(new BinarySvm(i, j, vectors, coefficients, rho, a, b));
            }
        }

        return new SupportVectorMachine(classCount, g, pairs.ToArray());
    }

    /// <summary>Decision values of the pairs, in <see cref="Pairs"/> order (positive = the pair's first class).</summary>
    public double[] DecisionValues(IReadOnlyList<double> x) => Pairs.Select(p => Decision(p.SupportVectors, p.Coefficients, p.Rho, Gamma, x)).ToArray();

    public double[] Probabilities(IReadOnlyList<double> x)
    {
        var r = new double[ClassCount][];
        for (int k = 0; k < ClassCount; k++) r[k] = new double[ClassCount];
        foreach (var pair in Pairs)
        {
            double f = Decision(pair.SupportVectors, pair.Coefficients, pair.Rho, Gamma, x);
            double p = Math.Clamp(PlattScaling.Probability(f, pair.PlattA, pair.PlattB), MinimumPairProbability, 1 - MinimumPairProbability);
            r[pair.Positive][pair.Negative] = p;
            r[pair.Negative][pair.Positive] = 1 - p;
        }

        return ClassCount == 2 ? [r[0][1], r[1][0]] : PairwiseCoupling.Couple(r);
    }

    public JsonObject ToJson() => new()
    {
        ["classes"] = ClassCount,
        ["gamma"] = Gamma,
        ["pairs"] = new JsonArray(Pairs.Select(p => (JsonNode)new JsonObject
        {
            ["positive"] = p.Positive,
            ["negative"] = p.Negative,
            ["support_vectors"] = Json.Matrix(p.SupportVectors),
            ["coefficients"] = Json.Array(p.Coefficients),
            ["rho"] = p.Rho,
            ["platt_a"] = p.PlattA,
            ["platt_b"] = p.PlattB,
        }).ToArray()),
    };

    public static SupportVectorMachine FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var pairs = Json.Required(node["pairs"]).AsArray().Select(p => new BinarySvm(
            Json.Required(p!["positive"]).GetValue<int>(),
            Json.Required(p["negative"]).GetValue<int>(),
            Json.Matrix(p["support_vectors"]),
            Json.Doubles(p["coefficients"]),
            Json.Required(p["rho"]).GetValue<double>(),
            Json.Required(p["platt_a"]).GetValue<double>(),
            Json.Required(p["platt_b"]).GetValue<double>())).ToArray();
        return new SupportVectorMachine(Json.Required(node["classes"]).GetValue<int>(), Json.Required(node["gamma"]).GetValue<double>(), pairs);
    }

    private static (double[][] Vectors, double[] Coefficients, double Rho) Train(double[][] rows, int[] signs, double ci, double cj, double gamma, double tolerance)
    {
        int n = rows.Length;
        var kernel = new double[n][];
        for (int a = 0; a < n; a++)
        {
            kernel[a] = new double[n];
            for (int b = 0; b < n; b++) kernel[a][b] = Rbf(rows[a], rows[b], gamma);
        }

        var upper = signs.Select(s => s > 0 ? ci : cj).ToArray();
        var (alpha, rho) = SmoSolver.Solve(kernel, signs, upper, tolerance);
        var support = Enumerable.Range(0, n).Where(t => alpha[t] > 0).ToArray();
        return (support.Select(t => rows[t]).ToArray(), support.Select(t => alpha[t] * signs[t]).ToArray(), rho);
    }

    /// <summary>libsvm <c>svm_binary_svc_probability</c>: decision values of each observation from a model trained without its fold.</summary>
    private static double[] CrossValidatedDecisions(double[][] rows, int[] signs, double ci, double cj, double gamma, double tolerance, int seed)
    {
        int n = rows.Length;
        var permutation = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(permutation);
        var decisions = new double[n];
        for (int fold = 0; fold < ProbabilityFolds; fold++)
        {
            int begin = fold * n / ProbabilityFolds, end = (fold + 1) * n / ProbabilityFolds;
            var test = permutation[begin..end];
            var train = permutation[..begin].Concat(permutation[end..]).ToArray();
            int positives = train.Count(t => signs[t] > 0);
            if (positives == 0 || positives == train.Length)
            {
                // One class only: libsvm sets the decision values to ±1 (or 0 when the training part is empty).
                foreach (int t in test) decisions[t] = train.Length == 0 ? 0 : positives > 0 ? 1 : -1;
                continue;
            }

            var (vectors, coefficients, rho) = Train(train.Select(t => rows[t]).ToArray(), train.Select(t => signs[t]).ToArray(), ci, cj, gamma, tolerance);
            foreach (int t in test) decisions[t] = Decision(vectors, coefficients, rho, gamma, rows[t]);
        }

        return decisions;
    }

    private static double Decision(double[][] vectors, double[] coefficients, double rho, double gamma, IReadOnlyList<double> x)
    {
        double f = -rho;
        for (int s = 0; s < vectors.Length; s++) f += coefficients[s] * Rbf(vectors[s], x, gamma);
        return f;
    }

    private static double Rbf(double[] a, IReadOnlyList<double> b, double gamma)
    {
        double d = 0;
        for (int t = 0; t < a.Length; t++)
        {
            double diff = a[t] - b[t];
            d += diff * diff;
        }

        return Math.Exp(-gamma * d);
    }
}
