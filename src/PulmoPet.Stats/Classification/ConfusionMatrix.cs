namespace PulmoPet.Stats.Classification;

/// <summary>
/// Confusion matrix Counts[truth, predicted] and the one-vs-rest rates derived from it. Undefined ratios
/// (no predicted or no true cases of a class) are 0, scikit-learn's <c>zero_division</c> convention
/// (<c>precision_recall_fscore_support</c>), so macro averages match scikit-learn.
/// </summary>
public sealed class ConfusionMatrix
{
    public ConfusionMatrix(int classes, IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException("truth and predicted must have the same length.");
        }

        Classes = classes;
        Counts = new int[classes, classes];
        for (int i = 0; i < truth.Count; i++)
        {
            Counts[truth[i], predicted[i]]++;
        }

        Total = truth.Count;
    }

    public int Classes { get; }

    public int[,] Counts { get; }

    public int Total { get; }

    public int TruePositives(int k) => Counts[k, k];

    public int FalsePositives(int k) => Column(k) - Counts[k, k];

    public int FalseNegatives(int k) => Row(k) - Counts[k, k];

    public int TrueNegatives(int k) => Total - Row(k) - Column(k) + Counts[k, k];

    /// <summary>Number of cases whose true class is k.</summary>
    public int Support(int k) => Row(k);

    public double Accuracy => Total == 0 ? 0 : (double)Enumerable.Range(0, Classes).Sum(k => Counts[k, k]) / Total;

    /// <summary>Positive predictive value TP/(TP + FP).</summary>
    public double Precision(int k) => Ratio(TruePositives(k), TruePositives(k) + FalsePositives(k));

    /// <summary>Sensitivity TP/(TP + FN).</summary>
    public double Recall(int k) => Ratio(TruePositives(k), TruePositives(k) + FalseNegatives(k));

    /// <summary>TN/(TN + FP).</summary>
    public double Specificity(int k) => Ratio(TrueNegatives(k), TrueNegatives(k) + FalsePositives(k));

    /// <summary>Harmonic mean of precision and recall, 0 when both are 0.</summary>
    public double F1(int k)
    {
        double p = Precision(k), r = Recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double MacroPrecision => Macro(Precision);

    public double MacroRecall => Macro(Recall);

    public double MacroSpecificity => Macro(Specificity);

    /// <summary>Mean of the per-class F1 (scikit-learn <c>f1_score(average = "macro")</c>).</summary>
    public double MacroF1 => Macro(F1);

    private double Macro(Func<int, double> metric) => Enumerable.Range(0, Classes).Average(metric);

    private int Row(int k)
    {
        int sum = 0;
        for (int j = 0; j < Classes; j++)
        {
            sum += Counts[k, j];
        }

        return sum;
    }

    private int Column(int k)
    {
        int sum = 0;
        for (int i = 0; i < Classes; i++)
        {
            sum += Counts[i, k];
        }

        return sum;
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
