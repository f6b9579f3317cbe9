using System.CommandLine;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Modeling;
using PulmoPet.Stats.Modeling.Persistence;
using PulmoPet.Stats.Modeling.Validation;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet model predict --model MODEL_DIR --features F.csv --out P.csv [--labels L.csv --label-column class]</c>:
/// class probabilities in the format <c>pulmopet evaluate</c> reads (truth filled from the labels when given).
/// </summary>
public static class ModelPredictCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<string>("--model") { Description = "Model directory written by pulmopet model train.", Required = true };
        var features = new Option<string>("--features") { Description = "Feature CSV with (at least) the model's feature columns.", Required = true };
        var labels = new Option<string?>("--labels") { Description = "Optional CSV with the true class, to fill the truth column." };
        var labelColumn = new Option<string>("--label-column") { Description = "Column of --labels holding the class.", DefaultValueFactory = _ => "class" };
        var idColumn = new Option<string>("--id-column") { Description = "Column joining the tables.", DefaultValueFactory = _ => FeatureTableColumns.DefaultIdColumn };
        var output = new Option<string>("--out") { Description = "Prediction CSV to write (case_id,truth,predicted,prob_<class>...).", Required = true };
        var command = new Command("predict", "Predict class probabilities with a saved model (the evaluate command's format).");
        foreach (var option in new Option[] { model, features, labels, labelColumn, idColumn, output }) command.Options.Add(option);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var fitted = ModelDirectory.Load(parse.GetValue(model)!);
            string featurePath = StatsOptions.RequireExistingFile(parse.GetValue(features)!, "--features");
            var columns = new FeatureTableColumns { IdColumn = parse.GetValue(idColumn)!, LabelColumn = parse.GetValue(labelColumn)! };
            var table = FeatureTableReader.ReadFeatures(featurePath, columns);
            var probabilities = fitted.Predict(table.Rows, table.FeatureNames, featurePath);
            Dictionary<string, string>? truth = null;
            if (parse.GetValue(labels) is { } labelPath)
            {
                var labelTable = CsvTable.Load(StatsOptions.RequireExistingFile(labelPath, "--labels"));
                int id = labelTable.ColumnIndex(columns.IdColumn), label = labelTable.ColumnIndex(columns.LabelColumn);
                truth = Enumerable.Range(0, labelTable.Count).GroupBy(r => labelTable.Cell(r, id)).ToDictionary(g => g.Key, g => labelTable.Cell(g.First(), label), StringComparer.Ordinal);
            }

            string path = parse.GetValue(output)!;
            PredictionTable.Write(path, fitted.Classes, table.Ids.Select((id, i) => new PredictionTable.Row(id, truth?.GetValueOrDefault(id), probabilities[i])));
            context.Output.WriteLine($"Wrote {path} ({table.Ids.Length} lesions, classes {string.Join(", ", fitted.Classes)}, {fitted.Features.Count} features).");
        }));
        return command;
    }
}
