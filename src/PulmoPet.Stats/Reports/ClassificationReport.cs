using System.Text;
using System.Text.Json;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Plots;

namespace PulmoPet.Stats.Reports;

/// <summary>Writes <c>metrics.json</c>, <c>roc.png</c> and <c>confusion.png</c> for a <see cref="ClassificationEvaluation"/>.</summary>
public static class ClassificationReport
{
    public const string MetricsFileName = "metrics.json";
    public const string RocFileName = "roc.png";
    public const string ConfusionFileName = "confusion.png";
    public const string RocPointsFileName = "roc_points.csv";

    public static void Write(ClassificationEvaluation evaluation, string source, string directory)
    {
        Imaging.Io.AtomicFile.WriteAllText(Path.Combine(directory, MetricsFileName), ToJson(evaluation, source));
        Imaging.Io.AtomicFile.WriteAllText(Path.Combine(directory, RocPointsFileName), RocPointsCsv(evaluation));
        FigureSize.SavePng(RocPlot.Create(evaluation), Path.Combine(directory, RocFileName));
        FigureSize.SavePng(ConfusionPlot.Create(evaluation), Path.Combine(directory, ConfusionFileName));
    }

    /// <summary>The one-vs-rest ROC points (class, threshold, fpr, tpr), for re-plotting elsewhere.</summary>
    public static string RocPointsCsv(ClassificationEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var csv = new StringBuilder("class,threshold,false_positive_rate,true_positive_rate\n");
        foreach (var m in evaluation.PerClass.Where(m => m.Roc is not null))
        {
            foreach (var point in m.Roc!.Points)
            {
                string threshold = double.IsPositiveInfinity(point.Threshold) ? "Inf" : Csv.CsvFormat.Number(point.Threshold);
                csv.Append(Csv.CsvFormat.Line([m.Class, threshold, Csv.CsvFormat.Number(point.FalsePositiveRate), Csv.CsvFormat.Number(point.TruePositiveRate)])).Append('\n');
            }
        }

        return csv.ToString();
    }

    public static string ToJson(ClassificationEvaluation evaluation, string source)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("source", Path.GetFileName(source));
            json.WriteNumber("n", evaluation.Confusion.Total);
            json.WriteStartArray("classes");
            foreach (var c in evaluation.Classes)
            {
                json.WriteStringValue(c);
            }

            json.WriteEndArray();
            Number(json, "accuracy", evaluation.Confusion.Accuracy);

            json.WriteStartObject("confusion_matrix");
            json.WriteString("layout", "rows = truth, columns = predicted, in the order of 'classes'");
            json.WriteStartArray("counts");
            for (int t = 0; t < evaluation.Classes.Count; t++)
            {
                json.WriteStartArray();
                for (int p = 0; p < evaluation.Classes.Count; p++)
                {
                    json.WriteNumberValue(evaluation.Confusion.Counts[t, p]);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartArray("per_class");
            foreach (var m in evaluation.PerClass)
            {
                json.WriteStartObject();
                json.WriteString("class", m.Class);
                json.WriteNumber("support", m.Support);
                Number(json, "precision", m.Precision);
                Number(json, "recall", m.Recall);
                Number(json, "specificity", m.Specificity);
                Number(json, "f1", m.F1);
                Number(json, "auc", m.Auc?.Auc ?? double.NaN);
                Number(json, "auc_se", m.Auc?.StandardError ?? double.NaN);
                Number(json, "auc_ci_lower", m.Auc?.Lower ?? double.NaN);
                Number(json, "auc_ci_upper", m.Auc?.Upper ?? double.NaN);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartObject("macro");
            Number(json, "precision", evaluation.Confusion.MacroPrecision);
            Number(json, "recall", evaluation.Confusion.MacroRecall);
            Number(json, "specificity", evaluation.Confusion.MacroSpecificity);
            Number(json, "f1", evaluation.Confusion.MacroF1);
            Number(json, "auc", evaluation.MacroAuc);
            json.WriteEndObject();
            Number(json, "micro_auc", evaluation.MicroAuc);

            json.WriteStartObject("methods");
            json.WriteString("roc", "one-vs-rest per class, higher probability = positive (pROC direction '<')");
            json.WriteString("auc_ci", "95% CI by DeLong et al. (1988), as pROC::ci.auc(method = 'delong'), clipped to [0, 1]");
            json.WriteString("macro_auc", "mean of the one-vs-rest AUCs (scikit-learn roc_auc_score multi_class='ovr', average='macro')");
            json.WriteString("micro_auc", "AUC of all (case, class) pairs of the binarised truth (scikit-learn average='micro')");
            json.WriteString("undefined_ratios", "0 when the denominator is 0 (scikit-learn zero_division=0)");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
