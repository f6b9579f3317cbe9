using PulmoPet.Imaging;
using PulmoPet.Stats.Roc;

namespace PulmoPet.Stats.Classification;

/// <summary>Metrics of one class against the rest.</summary>
public sealed record ClassMetrics(
    string Class,
    int Support,
    double Precision,
    double Recall,
    double Specificity,
    double F1,
    DeLong.AucEstimate? Auc,
    RocCurve? Roc);

/// <summary>
/// Evaluation of a <see cref="PredictionSet"/>: confusion matrix, accuracy, per-class and macro precision,
/// recall, specificity, F1, one-vs-rest ROC curves with AUC and DeLong 95% CI, macro AUC (mean of the
/// one-vs-rest AUCs of the classes present in the truth, scikit-learn <c>roc_auc_score(multi_class = "ovr", average = "macro")</c>) and micro AUC
/// (one ROC over all class/case pairs of the binarised truth, scikit-learn <c>average = "micro"</c>).
/// </summary>
public sealed record ClassificationEvaluation(
    IReadOnlyList<string> Classes,
    ConfusionMatrix Confusion,
    IReadOnlyList<ClassMetrics> PerClass,
    double MacroAuc,
    double MicroAuc)
{
    public const double DefaultConfidenceLevel = 0.95;

    public static ClassificationEvaluation Evaluate(PredictionSet predictions, double confidenceLevel = DefaultConfidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        int k = predictions.Classes.Count;
        var confusion = new ConfusionMatrix(k, predictions.Truth, predictions.Predicted);
        var present = Enumerable.Range(0, k).Where(c => confusion.Support(c) > 0).ToArray();
        if (present.Length < 2)
        {
            throw new InvalidInputException(
                $"'{predictions.Source}' column 'truth' has only one class ({predictions.Classes[predictions.Truth[0]]}); ROC analysis needs at least two.");
        }

        var perClass = new List<ClassMetrics>();
        var microScores = new List<double>();
        var microLabels = new List<bool>();
        for (int c = 0; c < k; c++)
        {
            var positive = predictions.Truth.Select(t => t == c).ToArray();
            var scores = predictions.Probabilities[c];
            microScores.AddRange(scores);
            microLabels.AddRange(positive);
            bool defined = confusion.Support(c) > 0 && confusion.Support(c) < confusion.Total;
            perClass.Add(new ClassMetrics(
                predictions.Classes[c],
                confusion.Support(c),
                confusion.Precision(c),
                confusion.Recall(c),
                confusion.Specificity(c),
                confusion.F1(c),
                defined ? DeLong.Estimate(scores, positive, confidenceLevel) : null,
                defined ? RocCurve.Create(scores, positive) : null));
        }

        double macroAuc = perClass.Where(m => m.Auc is not null).Average(m => m.Auc!.Auc);
        double microAuc = DeLong.Placements(
            microScores.Where((_, i) => microLabels[i]).ToArray(),
            microScores.Where((_, i) => !microLabels[i]).ToArray()).Auc;
        return new ClassificationEvaluation(predictions.Classes, confusion, perClass, macroAuc, microAuc);
    }
}
