using System.Globalization;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Modeling;
using PulmoPet.Stats.Modeling.Validation;

namespace PulmoPet.Cli.Commands;

/// <summary>Plain-text lines the model commands print (invariant culture).</summary>
internal static class ModelText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Describe(TextWriter output, RadiomicsModel model, LabeledFeatureSet training)
    {
        output.WriteLine(string.Create(Inv,
            $"Trained {model.Settings.Kind.ToString()} ({model.Settings.Describe()}) on {training.Count} lesions of {training.Groups.Distinct().Count()} patients; classes {string.Join(", ", model.Classes)}."));
        output.WriteLine(string.Create(Inv,
            $"Features: {model.Preprocessing.InputFeatures} in, {model.Preprocessing.NearConstantRemoved.Count} near-constant and {model.Preprocessing.CorrelatedRemoved.Count} correlated removed, {model.Preprocessing.Candidates} candidates."));
        output.WriteLine(Cap(model.Selection));
        output.WriteLine("  " + string.Join(", ", model.Features));
    }

    public static string Cap(PulmoPet.Stats.Modeling.Selection.SelectionReport s) => string.Create(Inv,
        $"Selected {s.Selected.Count} feature(s) by {s.Method}; cap floor(0.10 x {s.TrainingLesions} training lesions) = {s.Cap}{(s.Requested is int r ? $", requested {r}" : "")}; within cap: {(s.WithinCap ? "yes" : "NO")}.");

    public static void Evaluation(TextWriter output, ClassificationEvaluation evaluation)
    {
        output.WriteLine(string.Create(Inv,
            $"  n = {evaluation.Confusion.Total}, accuracy = {evaluation.Confusion.Accuracy:0.000}, macro F1 = {evaluation.Confusion.MacroF1:0.000}, macro AUC = {evaluation.MacroAuc:0.000}"));
        foreach (var m in evaluation.PerClass)
        {
            string auc = m.Auc is { } a ? string.Create(Inv, $"AUC {a.Auc:0.000} (95% CI {a.Lower:0.000}-{a.Upper:0.000})") : "AUC -";
            output.WriteLine(string.Create(Inv, $"  {m.Class,-14} n = {m.Support,4}  recall {m.Recall:0.000}  F1 {m.F1:0.000}  {auc}"));
        }
    }

    public static void Folds(TextWriter output, IEnumerable<HeldOutMetrics> folds)
    {
        output.WriteLine("  fold      train (patients)  test (patients)  features/cap  accuracy  macro-F1  macro-AUC");
        foreach (var f in folds)
        {
            output.WriteLine(string.Create(Inv,
                $"  {f.Name,-8}  {f.TrainingLesions,5} ({f.TrainingPatients,3})       {f.TestLesions,4} ({f.TestPatients,3})       {f.Selection.Selected.Count,3}/{f.Selection.Cap,-3}      {f.Accuracy:0.000}     {f.MacroF1:0.000}     {(f.MacroAuc is double a ? a.ToString("0.000", Inv) : "-")}"));
        }
    }
}
