using System.CommandLine;
using System.Globalization;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Reports;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet evaluate --predictions P.csv --out DIR</c>: confusion matrix, per-class and macro metrics,
/// one-vs-rest ROC with DeLong CIs; writes DIR/metrics.json, DIR/roc.png, DIR/confusion.png.
/// Subcommand <c>compare</c>: paired DeLong test of two prediction files.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var predictions = StatsOptions.RequiredPath("--predictions", "CSV with case_id,truth,predicted and one prob_<class> column per class.");
        var output = StatsOptions.Output();
        var command = new Command("evaluate", "Evaluate a classifier's predictions (metrics, ROC/AUC with DeLong CI, figures).");
        command.Options.Add(predictions);
        command.Options.Add(output);
        command.Subcommands.Add(EvaluateCompareCommand.Create(context));
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string path = StatsOptions.RequireExistingFile(parse.GetValue(predictions)!, "--predictions");
            var evaluation = ClassificationEvaluation.Evaluate(PredictionSet.Load(path));
            string directory = parse.GetValue(output)!;
            ClassificationReport.Write(evaluation, path, directory);
            var inv = CultureInfo.InvariantCulture;
            context.Output.WriteLine(string.Create(inv, $"n = {evaluation.Confusion.Total}, accuracy = {evaluation.Confusion.Accuracy:0.000}, macro F1 = {evaluation.Confusion.MacroF1:0.000}, macro AUC = {evaluation.MacroAuc:0.000}, micro AUC = {evaluation.MicroAuc:0.000}"));
            foreach (var m in evaluation.PerClass)
            {
                string auc = m.Auc is { } a ? string.Create(inv, $"AUC {a.Auc:0.000} (95% CI {a.Lower:0.000}–{a.Upper:0.000})") : "AUC —";
                context.Output.WriteLine(string.Create(inv, $"  {m.Class,-16} n = {m.Support,4}  precision {m.Precision:0.000}  recall {m.Recall:0.000}  specificity {m.Specificity:0.000}  F1 {m.F1:0.000}  {auc}"));
            }

            context.Output.WriteLine($"Wrote {Path.Combine(directory, ClassificationReport.MetricsFileName)}, {ClassificationReport.RocPointsFileName}, {ClassificationReport.RocFileName}, {ClassificationReport.ConfusionFileName}.");
        }));
        return command;
    }
}
