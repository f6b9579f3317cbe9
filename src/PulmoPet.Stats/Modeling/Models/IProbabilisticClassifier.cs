using System.Text.Json.Nodes;

namespace PulmoPet.Stats.Modeling.Models;

/// <summary>A fitted classifier over standardised features: class probabilities in class-index order, and its parameters as JSON.</summary>
public interface IProbabilisticClassifier
{
    ClassifierKind Kind { get; }

    int ClassCount { get; }

    double[] Probabilities(IReadOnlyList<double> x);

    /// <summary>Everything needed to predict again (written to the model directory's model.json).</summary>
    JsonObject ToJson();
}

/// <summary>The classifier families (CLI names lasso, elasticnet, rf, svm, gbm).</summary>
public enum ClassifierKind
{
    Lasso,
    ElasticNet,
    RandomForest,
    Svm,
    GradientBoosting,
}

public static class ClassifierKinds
{
    public static string Name(this ClassifierKind kind) => kind switch
    {
        ClassifierKind.Lasso => "lasso",
        ClassifierKind.ElasticNet => "elasticnet",
        ClassifierKind.RandomForest => "rf",
        ClassifierKind.Svm => "svm",
        _ => "gbm",
    };

    public static ClassifierKind Parse(string name) =>
        Enum.GetValues<ClassifierKind>().Where(k => k.Name() == name).Cast<ClassifierKind?>().FirstOrDefault()
        ?? throw new ArgumentException($"Unknown model '{name}' (use lasso, elasticnet, rf, svm or gbm).", nameof(name));

    /// <summary>Index of the largest probability; the first class on ties.</summary>
    public static int ArgMax(IReadOnlyList<double> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        int best = 0;
        for (int k = 1; k < p.Count; k++)
        {
            if (p[k] > p[best]) best = k;
        }

        return best;
    }
}
