using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Validation;

namespace PulmoPet.Stats.Modeling;

/// <summary>
/// Chooses hyper-parameters from a small grid per family by an inner patient-grouped, stratified cross-validation on
/// the training rows given (so, inside an outer fold, the outer test rows are never seen): each candidate runs the
/// whole pipeline (filters, capped selection, fit) per inner fold and is scored by the class-balanced mean log-loss of
/// its held-out probabilities (clipped at 10⁻¹⁵); the lowest wins, the earlier candidate on ties. The elastic net
/// already tunes λ by its own inner cv.glmnet, so its grid is the one setting given.
/// Grids: RF max_features ∈ {√p, p/3} × min_samples_leaf ∈ {1, 5}; SVM C ∈ {0.1, 1, 10} × γ ∈ {0.1, 1, 10}/p;
/// GBM estimators ∈ {50, 150} × max_depth ∈ {2, 3}.
/// </summary>
public static class HyperParameterTuning
{
    public static IReadOnlyList<ClassifierSettings> Grid(ClassifierSettings baseline, int features)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        int p = Math.Max(1, features);
        return baseline.Kind switch
        {
            ClassifierKind.RandomForest =>
            [
                .. from m in new[] { Math.Max(1, (int)Math.Sqrt(p)), Math.Max(1, p / 3) }.Distinct()
                   from leaf in new[] { 1, 5 }
                   select baseline with { MaxFeatures = m, MinSamplesLeaf = leaf },
            ],
            ClassifierKind.Svm =>
            [
                .. from c in new[] { 0.1, 1, 10 }
                   from g in new[] { 0.1, 1, 10 }
                   select baseline with { Cost = c, Gamma = g / p },
            ],
            ClassifierKind.GradientBoosting =>
            [
                .. from e in new[] { 50, 150 }
                   from d in new[] { 2, 3 }
                   select baseline with { Estimators = e, MaxDepth = d },
            ],
            _ => [baseline],
        };
    }

    public static ClassifierSettings Choose(LabeledFeatureSet data, ModelingOptions options, int features)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var grid = Grid(options.Classifier, features);
        if (grid.Count == 1)
        {
            return grid[0];
        }

        var folds = GroupedStratifiedFolds.Assign(data.Labels, data.Groups, options.TuningFolds, SeedSequence.Derive(options.Seed, 0, 23));
        var classWeights = ClassWeights.Balanced(data.Labels, data.ClassCount);
        ClassifierSettings best = grid[0];
        double bestLoss = double.PositiveInfinity;
        foreach (var candidate in grid)
        {
            double loss = 0, weight = 0;
            for (int f = 0; f <= folds.Max(); f++)
            {
                var train = Enumerable.Range(0, data.Count).Where(i => folds[i] != f).ToArray();
                var test = Enumerable.Range(0, data.Count).Where(i => folds[i] == f).ToArray();
                var inner = RadiomicsModel.Train(data.Subset(train), options with { Classifier = candidate, Tune = false });
                var probabilities = inner.Predict(test.Select(i => data.Rows[i]).ToArray(), data.FeatureNames, "the inner fold");
                for (int t = 0; t < test.Length; t++)
                {
                    double w = classWeights[data.Labels[test[t]]];
                    loss -= w * Math.Log(Math.Max(probabilities[t][data.Labels[test[t]]], 1e-15));
                    weight += w;
                }
            }

            if (loss / weight < bestLoss)
            {
                bestLoss = loss / weight;
                best = candidate;
            }
        }

        return best;
    }
}
