using System.CommandLine;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Modeling.Signatures;
using PulmoPet.Stats.Reports;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet model signatures --predictions cv_predictions.csv --labels L.csv --positive CLASS --clinical a,b,c</c>:
/// clinical, radiomics and combined signatures of one class against the rest, out-of-fold on the CV folds of the
/// predictions, with AUCs (DeLong CIs) and paired DeLong tests. A two-valued text column (e.g. sex) becomes 0/1
/// (1 = the later value in ordinal order).
/// </summary>
public static class ModelSignaturesCommand
{
    public static Command Create(CliContext context)
    {
        var predictions = new Option<string>("--predictions") { Description = "Out-of-fold predictions with a fold column (model cv --out writes cv_predictions.csv).", Required = true };
        var labels = new Option<string>("--labels") { Description = "CSV with the clinical variables, joined on --id-column.", Required = true };
        var positive = new Option<string>("--positive") { Description = "The class against the rest (e.g. lymphoma).", Required = true };
        var clinical = new Option<string>("--clinical") { Description = "Comma-separated clinical columns of --labels (e.g. age_years,sex,glucose_mmol_l,suv_max).", Required = true };
        var idColumn = new Option<string>("--id-column") { Description = "Column joining the tables.", DefaultValueFactory = _ => "case_id" };
        var foldColumn = new Option<string>("--fold-column") { Description = "Fold column of --predictions.", DefaultValueFactory = _ => "fold" };
        var command = new Command("signatures", "Clinical vs radiomics vs combined signatures of one class: AUCs and paired DeLong tests.");
        foreach (var option in new Option[] { predictions, labels, positive, clinical, idColumn, foldColumn }) command.Options.Add(option);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var predictionTable = CsvTable.Load(StatsOptions.RequireExistingFile(parse.GetValue(predictions)!, "--predictions"));
            var set = PredictionSet.FromTable(predictionTable);
            string target = parse.GetValue(positive)!;
            int k = set.Classes.ToList().IndexOf(target);
            if (k < 0) throw new InvalidInputException($"--positive '{target}' is not one of the classes ({string.Join(", ", set.Classes)}).");
            int foldIndex = predictionTable.ColumnIndex(parse.GetValue(foldColumn)!);
            var folds = Enumerable.Range(0, predictionTable.Count).Select(r => predictionTable.Cell(r, foldIndex)).ToArray();
            var foldIds = folds.Select(f => Array.IndexOf(folds.Distinct().ToArray(), f)).ToArray();

            var labelTable = CsvTable.Load(StatsOptions.RequireExistingFile(parse.GetValue(labels)!, "--labels"));
            int id = labelTable.ColumnIndex(parse.GetValue(idColumn)!);
            var rowOf = Enumerable.Range(0, labelTable.Count).GroupBy(r => labelTable.Cell(r, id)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var names = StatsOptions.SplitList(parse.GetValue(clinical));
            var columns = names.Select(labelTable.ColumnIndex).ToArray();
            var levels = columns.Select(col => Enumerable.Range(0, labelTable.Count).Select(r => labelTable.Cell(r, col)).Distinct().Order(StringComparer.Ordinal).ToArray()).ToArray();
            var x = set.CaseIds.Select(c => rowOf.TryGetValue(c, out int r) ? r : throw new InvalidInputException($"'{labelTable.Source}' has no row for '{c}'."))
                .Select(r => columns.Select((col, j) => Value(labelTable, r, col, levels[j])).ToArray()).ToArray();
            var y = set.Truth.Select(t => t == k).ToArray();
            var result = SignatureComparison.Run(y, x, names, set.Probabilities[k], foldIds);

            var inv = CultureInfo.InvariantCulture;
            context.Output.WriteLine(string.Create(inv, $"{target} vs rest: {y.Count(v => v)} positive of {y.Length} lesions; clinical = logistic({string.Join(", ", names)}); combined adds the radiomics logit."));
            foreach (var s in result.Signatures)
            {
                context.Output.WriteLine(string.Create(inv, $"  {s.Name,-10} AUC {s.Auc.Auc:0.000} (95% CI {s.Auc.Lower:0.000}-{s.Auc.Upper:0.000})"));
            }

            foreach (var pair in result.Pairs)
            {
                context.Output.WriteLine(string.Create(inv, $"  {pair.A} vs {pair.B}: difference {pair.Test.Difference:0.000}, z = {pair.Test.Z:0.00}, {TextFormat.PEquals(pair.Test.PValue)} (paired DeLong)"));
            }
        }));
        return command;
    }

    private static double Value(CsvTable table, int row, int column, string[] levels)
    {
        string cell = table.Cell(row, column);
        if (CsvTable.TryParseNumber(cell, out double v)) return v;

        if (levels.Length != 2)
        {
            throw new InvalidInputException($"'{table.Source}' row {table.RowNumbers[row]}, column '{table.Header[column]}': '{cell}' is not a number, and the column has {levels.Length} values, not two.");
        }

        return cell == levels[1] ? 1 : 0;
    }
}
