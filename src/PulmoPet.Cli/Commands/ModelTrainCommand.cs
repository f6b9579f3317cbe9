using System.CommandLine;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Stats.Modeling;
using PulmoPet.Stats.Modeling.Persistence;
using PulmoPet.Stats.Modeling.Validation;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet model train --features F.csv [--labels L.csv] --out MODEL_DIR [--center-column c --test-centers C]</c>:
/// trains the pipeline (on the other centres when test centres are given, then evaluates on them) and saves the model
/// directory (manifest.json, model.json; with test centres also external_predictions.csv).
/// </summary>
public static class ModelTrainCommand
{
    public const string ExternalPredictionsFile = "external_predictions.csv";

    public static Command Create(CliContext context)
    {
        var shared = new ModelOptions();
        var testCenters = new Option<string?>("--test-centers") { Description = "Comma-separated centres held out for external validation (needs --center-column)." };
        var output = new Option<string>("--out") { Description = "Model directory to write.", Required = true };
        var command = new Command("train", "Train a radiomics classifier (filters, capped selection, fit) and save it as a model directory.");
        shared.AddTo(command);
        command.Options.Add(testCenters);
        command.Options.Add(output);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var data = shared.ReadData(parse);
            var options = shared.Pipeline(parse);
            var centers = StatsOptions.SplitList(parse.GetValue(testCenters));
            if (centers.Count > 0 && parse.GetValue(shared.CenterColumn) is null)
            {
                throw new InvalidInputException("--test-centers needs --center-column.");
            }

            string directory = parse.GetValue(output)!;
            var train = Enumerable.Range(0, data.Count).ToArray();
            int[] test = [];
            if (centers.Count > 0) (train, test) = ExternalValidation.Split(data, centers);
            var model = RadiomicsModel.Train(data.Subset(train), options);
            ModelDirectory.Save(model, directory);
            ModelText.Describe(context.Output, model, data.Subset(train));
            if (test.Length > 0)
            {
                var external = ExternalValidation.Run(data, centers, options);
                PredictionTable.Write(Path.Combine(directory, ExternalPredictionsFile), data.Classes, external.Predictions);
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"External validation on centre(s) {string.Join(", ", centers)} ({external.Metrics.TestLesions} lesions, {external.Metrics.TestPatients} patients):"));
                ModelText.Evaluation(context.Output, external.Evaluation);
                context.Output.WriteLine($"Wrote {Path.Combine(directory, ModelDirectory.ManifestFile)}, {ModelDirectory.ModelFile} and {ExternalPredictionsFile}.");
            }
            else
            {
                context.Output.WriteLine($"Wrote {Path.Combine(directory, ModelDirectory.ManifestFile)} and {ModelDirectory.ModelFile}.");
            }
        }));
        return command;
    }
}
