using PulmoPet.Imaging;
using PulmoPet.Stats.Classification;

namespace PulmoPet.Stats.Modeling.Validation;

/// <summary>Result of training on some centres and testing on others.</summary>
public sealed record ExternalValidationResult(
    IReadOnlyList<string> TestCenters,
    HeldOutMetrics Metrics,
    IReadOnlyList<PredictionTable.Row> Predictions,
    ClassificationEvaluation Evaluation);

/// <summary>External validation by centre: the pipeline is trained on the lesions of the other centres only.</summary>
public static class ExternalValidation
{
    /// <summary>Split indices: training = centres not in <paramref name="testCenters"/>, test = those centres.</summary>
    public static (int[] Train, int[] Test) Split(LabeledFeatureSet data, IReadOnlyCollection<string> testCenters)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(testCenters);
        var unknown = testCenters.Where(c => !data.Centers.Contains(c)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidInputException(
                $"Test centre(s) {string.Join(", ", unknown)} not found; the centres are {string.Join(", ", data.Centers.Distinct().Order(StringComparer.Ordinal))}.");
        }

        var test = Enumerable.Range(0, data.Count).Where(i => testCenters.Contains(data.Centers[i])).ToArray();
        var train = Enumerable.Range(0, data.Count).Where(i => !testCenters.Contains(data.Centers[i])).ToArray();
        if (train.Length == 0)
        {
            throw new InvalidInputException("Every lesion is in a test centre; nothing is left to train on.");
        }

        var shared = train.Select(i => data.Groups[i]).Intersect(test.Select(i => data.Groups[i])).ToArray();
        if (shared.Length > 0)
        {
            throw new InvalidInputException($"Patient {shared[0]} has lesions in both a training and a test centre.");
        }

        return (train, test);
    }

    public static ExternalValidationResult Run(LabeledFeatureSet data, IReadOnlyCollection<string> testCenters, ModelingOptions options)
    {
        var (train, test) = Split(data, testCenters);
        var (metrics, rows) = CrossValidation.HeldOut($"centre {string.Join("+", testCenters)}", data, train, test, options);
        var evaluation = ClassificationEvaluation.Evaluate(PredictionTable.ToPredictionSet(data.Classes, rows, metrics.Name));
        return new ExternalValidationResult(testCenters.ToArray(), metrics, rows, evaluation);
    }
}
