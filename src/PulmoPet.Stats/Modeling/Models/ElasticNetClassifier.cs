using System.Text.Json.Nodes;
using PulmoPet.Stats.Regression;

namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// Multinomial elastic-net logistic regression (<see cref="ElasticNetMultinomial"/>, glmnet's symmetric
/// parameterisation) with λ chosen by <see cref="MultinomialElasticNetCrossValidation"/> on the training rows only
/// (cv.glmnet, deviance, λ_min) using the given patient-grouped fold ids, so the tuning is nested inside any outer split.
/// α = 1 is the lasso. Class weights are glmnet observation weights.
/// </summary>
public sealed class ElasticNetClassifier : IProbabilisticClassifier
{
    public const double DefaultElasticNetAlpha = 0.5;

    private ElasticNetClassifier(ClassifierKind kind, double alpha, double lambda, double[] intercepts, double[][] coefficients)
    {
        Kind = kind;
        Alpha = alpha;
        Lambda = lambda;
        Intercepts = intercepts;
        Coefficients = coefficients;
    }

    public ClassifierKind Kind { get; }

    public int ClassCount => Intercepts.Length;

    public double Alpha { get; }

    public double Lambda { get; }

    public double[] Intercepts { get; }

    /// <summary>Coefficients[k][j]: feature j in class k.</summary>
    public double[][] Coefficients { get; }

    /// <param name="x">Standardised training rows.</param>
    /// <param name="y">Class indices.</param>
    /// <param name="classes">Class names.</param>
    /// <param name="weights">Observation weights.</param>
    /// <param name="alpha">Elastic-net mixing (1 = lasso).</param>
    /// <param name="foldIds">Inner fold id 1…K (K ≥ 3) per training row for choosing λ; null = a fixed <paramref name="lambda"/>.</param>
    /// <param name="lambda">λ to use when no folds are given.</param>
    public static ElasticNetClassifier Fit(
        IReadOnlyList<double[]> x, IReadOnlyList<int> y, IReadOnlyList<string> classes, IReadOnlyList<double> weights,
        double alpha, int[]? foldIds, double? lambda = null)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var kind = alpha == 1 ? ClassifierKind.Lasso : ClassifierKind.ElasticNet;
        MultinomialElasticNetFit fit;
        if (foldIds is not null)
        {
            fit = MultinomialElasticNetCrossValidation.Run(x, y, classes, alpha, weights, foldIds).AtLambdaMin;
        }
        else
        {
            double l = lambda ?? throw new ArgumentException("Give inner fold ids or a fixed lambda.", nameof(lambda));
            fit = ElasticNetMultinomial.Path(x, y, classes, alpha, weights, [l]).Fits.Single();
        }

        return new ElasticNetClassifier(kind, alpha, fit.Lambda, fit.Intercepts, fit.Coefficients);
    }

    public double[] Probabilities(IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var eta = new double[ClassCount];
        for (int k = 0; k < ClassCount; k++)
        {
            double e = Intercepts[k];
            for (int j = 0; j < x.Count; j++) e += Coefficients[k][j] * x[j];
            eta[k] = e;
        }

        return GradientBoosting.Softmax(eta);
    }

    public JsonObject ToJson() => new()
    {
        ["alpha"] = Alpha,
        ["lambda"] = Lambda,
        ["intercepts"] = Json.Array(Intercepts),
        ["coefficients"] = Json.Matrix(Coefficients),
    };

    public static ElasticNetClassifier FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        double alpha = Json.Required(node["alpha"]).GetValue<double>();
        return new ElasticNetClassifier(
            alpha == 1 ? ClassifierKind.Lasso : ClassifierKind.ElasticNet,
            alpha,
            Json.Required(node["lambda"]).GetValue<double>(),
            Json.Doubles(node["intercepts"]),
            Json.Matrix(node["coefficients"]));
    }
}
