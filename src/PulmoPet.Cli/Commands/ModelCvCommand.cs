using System.CommandLine;
using System.Globalization;
using System.Text;
using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Modeling.Validation;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet model cv --features F.csv [--labels L.csv] [--folds 5] [--out DIR]</c>: patient-grouped stratified
/// cross-validation of the whole pipeline; prints per-fold and pooled metrics; with --out writes cv_predictions.csv (the
/// evaluate format plus a fold column) and cv_folds.csv.
/// </summary>
public static class ModelCvCommand
{
    public const string PredictionsFile = "cv_predictions.csv";
    public const string FoldsFile = "cv_folds.csv";

    public static Command Create(CliContext context)
    {
        var shared = new ModelOptions();
        var folds = new Option<int>("--folds") { Description = "Number of folds (patients are never split).", DefaultValueFactory = _ => CrossValidation.DefaultFolds };
        var output = new Option<string?>("--out") { Description = "Folder for cv_predictions.csv and cv_folds.csv." };
        var command = new Command("cv", "Cross-validate the pipeline with patient-grouped stratified folds; per-fold and pooled metrics.");
        shared.AddTo(command);
        command.Options.Add(folds);
        command.Options.Add(output);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            int k = parse.GetValue(folds);
            if (k < 2) throw new InvalidInputException("--folds must be at least 2.");
            var data = shared.ReadData(parse);
            var options = shared.Pipeline(parse);
            var result = CrossValidation.Run(data, options, k);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Folds.Count}-fold CV grouped by patient: {data.Count} lesions, {data.Groups.Distinct().Count()} patients, model {options.Classifier.Kind} ({options.Classifier.Describe()}), selector {parse.GetValue(shared.Selector)}."));
            ModelText.Folds(context.Output, result.Folds);
            if (options.Tune)
            {
                foreach (var f in result.Folds) context.Output.WriteLine($"  {f.Name} tuned (inner grouped CV): {f.Settings.Describe()}");
            }

            context.Output.WriteLine("Pooled out-of-fold predictions:");
            ModelText.Evaluation(context.Output, result.Pooled);
            if (parse.GetValue(output) is { } directory)
            {
                PredictionTable.Write(Path.Combine(directory, PredictionsFile), data.Classes, result.Predictions, ["fold"]);
                WriteFolds(Path.Combine(directory, FoldsFile), result.Folds);
                context.Output.WriteLine($"Wrote {Path.Combine(directory, PredictionsFile)} and {FoldsFile}.");
            }
        }));
        return command;
    }

    private static void WriteFolds(string path, IEnumerable<HeldOutMetrics> folds)
    {
        var text = new StringBuilder("fold,training_lesions,training_patients,test_lesions,test_patients,selected,cap,accuracy,macro_f1,macro_auc,features\n");
        foreach (var f in folds)
        {
            text.Append(CsvFormat.Line([
                f.Name, Int(f.TrainingLesions), Int(f.TrainingPatients), Int(f.TestLesions), Int(f.TestPatients),
                Int(f.Selection.Selected.Count), Int(f.Selection.Cap), CsvFormat.Number(f.Accuracy), CsvFormat.Number(f.MacroF1),
                CsvFormat.Number(f.MacroAuc ?? double.NaN), string.Join(";", f.Selection.Selected)])).Append('\n');
        }

        string temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
