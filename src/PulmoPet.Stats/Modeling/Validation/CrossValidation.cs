using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Selection;

namespace PulmoPet.Stats.Modeling.Validation;

/// <summary>Metrics of one held-out set (a CV fold or an external centre).</summary>
public sealed record HeldOutMetrics(
    string Name,
    int TrainingLesions,
    int TrainingPatients,
    int TestLesions,
    int TestPatients,
    SelectionReport Selection,
    ClassifierSettings Settings,
    double Accuracy,
    double MacroF1,
    double? MacroAuc);

/// <summary>Per-fold metrics, the pooled out-of-fold predictions and their evaluation (per-class AUC with DeLong CIs).</summary>
public sealed record CrossValidationResult(
    IReadOnlyList<HeldOutMetrics> Folds,
    IReadOnlyList<PredictionTable.Row> Predictions,
    ClassificationEvaluation Pooled,
    int[] FoldIds);

/// <summary>
/// Patient-grouped, stratified K-fold cross-validation of the whole pipeline (<see cref="RadiomicsModel.Train"/> on each
/// training part: filters, scaling, capped selection, tuning when asked, fit), so no step sees its fold's test lesions.
/// </summary>
public static class CrossValidation
{
    public const int DefaultFolds = 5;

    public static CrossValidationResult Run(LabeledFeatureSet data, ModelingOptions options, int folds = DefaultFolds, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var ids = GroupedStratifiedFolds.Assign(data.Labels, data.Groups, folds, SeedSequence.Derive(options.Seed, 0, 31));
        int k = ids.Max() + 1;
        var rows = new PredictionTable.Row[data.Count];
        var metrics = new List<HeldOutMetrics>();
        for (int f = 0; f < k; f++)
        {
            var train = Enumerable.Range(0, data.Count).Where(i => ids[i] != f).ToArray();
            var test = Enumerable.Range(0, data.Count).Where(i => ids[i] == f).ToArray();
            var (foldMetrics, foldRows) = HeldOut($"fold {f + 1}", data, train, test, options with { Seed = SeedSequence.Derive(options.Seed, f + 1, 37) });
            metrics.Add(foldMetrics);
            for (int t = 0; t < test.Length; t++)
            {
                rows[test[t]] = foldRows[t] with { Extra = [(f + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] };
            }

            progress?.Report(f + 1);
        }

        var pooled = ClassificationEvaluation.Evaluate(PredictionTable.ToPredictionSet(data.Classes, rows, "cross-validation"));
        return new CrossValidationResult(metrics, rows, pooled, ids);
    }

    /// <summary>Trains on <paramref name="train"/>, predicts <paramref name="test"/>, and scores the predictions.</summary>
    public static (HeldOutMetrics Metrics, PredictionTable.Row[] Rows) HeldOut(
        string name, LabeledFeatureSet data, int[] train, int[] test, ModelingOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        var model = RadiomicsModel.Train(data.Subset(train), options);
        var probabilities = model.Predict(test.Select(i => data.Rows[i]).ToArray(), data.FeatureNames, name);
        var rows = test.Select((i, t) => new PredictionTable.Row(data.Ids[i], data.Classes[data.Labels[i]], probabilities[t])).ToArray();
        var truth = test.Select(i => data.Labels[i]).ToArray();
        var predicted = probabilities.Select(ClassifierKinds.ArgMax).ToArray();
        var confusion = new ConfusionMatrix(data.ClassCount, truth, predicted);
        double? macroAuc = truth.Distinct().Count() >= 2
            ? ClassificationEvaluation.Evaluate(PredictionTable.ToPredictionSet(data.Classes, rows, name)).MacroAuc
            : null;
        var metrics = new HeldOutMetrics(
            name,
            train.Length,
            train.Select(i => data.Groups[i]).Distinct().Count(),
            test.Length,
            test.Select(i => data.Groups[i]).Distinct().Count(),
            model.Selection,
            model.Settings,
            confusion.Accuracy,
            confusion.MacroF1,
            macroAuc);
        return (metrics, rows);
    }
}
