using System.Globalization;
using System.Text.Json.Nodes;

namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// A classifier family and its hyper-parameters (null = the default, or chosen from the training data such as SVM's
/// γ = "scale"). <see cref="Fit"/> trains it on standardised rows; <see cref="Load"/> reads a fitted one back.
/// </summary>
public sealed record ClassifierSettings
{
    public ClassifierKind Kind { get; init; } = ClassifierKind.RandomForest;

    /// <summary>Elastic-net mixing for <see cref="ClassifierKind.ElasticNet"/> (lasso is α = 1).</summary>
    public double Alpha { get; init; } = ElasticNetClassifier.DefaultElasticNetAlpha;

    public int Trees { get; init; } = RandomForest.DefaultTrees;

    public int? MaxFeatures { get; init; }

    public int MinSamplesLeaf { get; init; } = 1;

    public double Cost { get; init; } = SupportVectorMachine.DefaultCost;

    public double? Gamma { get; init; }

    public int Estimators { get; init; } = GradientBoosting.DefaultEstimators;

    public double LearningRate { get; init; } = GradientBoosting.DefaultLearningRate;

    public int MaxDepth { get; init; } = GradientBoosting.DefaultMaxDepth;

    /// <summary>Inner folds for λ of the elastic net (cv.glmnet needs at least 3).</summary>
    public int InnerFolds { get; init; } = 5;

    /// <summary>The hyper-parameters that matter for <see cref="Kind"/>, as written in the manifest.</summary>
    public JsonObject HyperParameters() => Kind switch
    {
        ClassifierKind.Lasso => new JsonObject { ["alpha"] = 1.0, ["lambda"] = "cv.glmnet lambda.min", ["inner_folds"] = InnerFolds },
        ClassifierKind.ElasticNet => new JsonObject { ["alpha"] = Alpha, ["lambda"] = "cv.glmnet lambda.min", ["inner_folds"] = InnerFolds },
        ClassifierKind.RandomForest => new JsonObject { ["trees"] = Trees, ["max_features"] = MaxFeatures is int m ? m : "sqrt", ["min_samples_leaf"] = MinSamplesLeaf },
        ClassifierKind.Svm => new JsonObject { ["cost"] = Cost, ["gamma"] = Gamma is double g ? g : "scale", ["kernel"] = "rbf" },
        _ => new JsonObject { ["estimators"] = Estimators, ["learning_rate"] = LearningRate, ["max_depth"] = MaxDepth, ["min_samples_leaf"] = MinSamplesLeaf },
    };

    /// <summary>Short text of the hyper-parameters, e.g. "C=1, gamma=scale".</summary>
    public string Describe() => string.Join(", ", HyperParameters().Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}")));

    /// <summary>Trains the classifier.</summary>
    /// <param name="x">Standardised training rows.</param>
    /// <param name="y">Class indices.</param>
    /// <param name="classes">Class names.</param>
    /// <param name="classWeights">Weight of each class.</param>
    /// <param name="groups">Patient of each row (inner folds of the elastic net keep patients together).</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="threads">Maximum threads (0 = all); results do not depend on it.</param>
    public IProbabilisticClassifier Fit(
        IReadOnlyList<double[]> x, IReadOnlyList<int> y, IReadOnlyList<string> classes, IReadOnlyList<double> classWeights,
        IReadOnlyList<string> groups, int seed, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var weights = ClassWeights.PerObservation(y, classWeights);
        return Kind switch
        {
            ClassifierKind.Lasso or ClassifierKind.ElasticNet => ElasticNetClassifier.Fit(
                x, y, classes, weights, Kind == ClassifierKind.Lasso ? 1 : Alpha,
                Validation.GroupedStratifiedFolds.Assign(y, groups, Math.Max(3, InnerFolds), SeedSequence.Derive(seed, 0, 11)).Select(f => f + 1).ToArray()),
            ClassifierKind.RandomForest => RandomForest.Fit(x, y, classes.Count, weights, Trees, MaxFeatures, MinSamplesLeaf, seed, threads),
            ClassifierKind.Svm => SupportVectorMachine.Fit(x, y, classes.Count, classWeights, Cost, Gamma, seed: seed),
            _ => GradientBoosting.Fit(x, y, classes.Count, weights, Estimators, LearningRate, MaxDepth, MinSamplesLeaf),
        };
    }

    /// <summary>Reads a fitted classifier of the given kind from its model.json content.</summary>
    public static IProbabilisticClassifier Load(ClassifierKind kind, JsonNode node) => kind switch
    {
        ClassifierKind.Lasso or ClassifierKind.ElasticNet => ElasticNetClassifier.FromJson(node),
        ClassifierKind.RandomForest => RandomForest.FromJson(node),
        ClassifierKind.Svm => SupportVectorMachine.FromJson(node),
        _ => GradientBoosting.FromJson(node),
    };
}
