using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;
using PulmoPet.Phantom;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl train-lungs --out MODEL</c>: trains the 2-D lung-mask U-Net on synthetic phantom CT slices.</summary>
public static class DlTrainLungsCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Model directory to write (model.json, weights.dat, checkpoints/).", Required = true };
        var patients = new Option<int>("--patients") { Description = "Synthetic phantom patients used for training.", DefaultValueFactory = _ => 8 };
        var validation = new Option<int>("--validation") { Description = "Further phantom patients used for validation.", DefaultValueFactory = _ => 2 };
        var seed = new Option<long>("--seed") { Description = "Seed of the phantom cohort and of training.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Maximum number of epochs (early stopping after 30 without improvement).", DefaultValueFactory = _ => 100 };
        var steps = new Option<int>("--steps") { Description = "Training batches per epoch.", DefaultValueFactory = _ => 25 };
        var batch = new Option<int>("--batch") { Description = "Slices per batch.", DefaultValueFactory = _ => 4 };
        var learningRate = new Option<double>("--lr") { Description = "Adam learning rate.", DefaultValueFactory = _ => 1e-4 };
        var device = DlCommand.DeviceOption();
        var command = new Command("train-lungs",
            "Train the 2-D lung-mask U-Net (background, right lung, left lung) on axial CT slices of synthetic phantom patients.");
        foreach (var option in new Option[] { output, patients, validation, seed, epochs, steps, batch, learningRate, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            int trainingCount = parse.GetValue(patients), validationCount = parse.GetValue(validation);
            if (trainingCount < 1 || validationCount < 1)
            {
                throw new InvalidInputException("--patients and --validation must each be at least 1.");
            }

            var settings = new LungMaskTrainingSettings
            {
                Network = UNetOptions.LungMask2d,
                BatchSize = parse.GetValue(batch),
                Training = new TrainingOptions
                {
                    MaxEpochs = parse.GetValue(epochs),
                    StepsPerEpoch = parse.GetValue(steps),
                    LearningRate = parse.GetValue(learningRate),
                    Seed = parse.GetValue(seed),
                    Device = DlCommand.ParseDevice(parse.GetValue(device)!).type.ToString().ToLowerInvariant(),
                },
            };
            try
            {
                settings.Training.Validate();
            }
            catch (ArgumentException e)
            {
                throw new InvalidInputException(e.Message);
            }

            var cohort = new CohortOptions { Patients = trainingCount + validationCount, Seed = parse.GetValue(seed) };
            context.Console.WriteLine($"generating {cohort.Patients} phantom patients…");
            var generator = new PatientGenerator(cohort);
            var cases = Enumerable.Range(0, cohort.Patients).Select(i =>
            {
                var patient = generator.Generate(i);
                return SliceCase.FromVolumes(patient.CaseId, patient.Ct, patient.Lungs, settings.Normalization);
            }).ToList();
            string directory = parse.GetValue(output)!.FullName;
            var result = LungMaskTraining.Run(cases.Take(trainingCount).ToList(), cases.Skip(trainingCount).ToList(), settings with { SpacingMm = [cohort.CtSpacingMm, cohort.CtSpacingMm, cohort.CtSpacingMm] }, directory,
                epoch => context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "epoch {0,4}  loss {1:F4}  lung Dice {2:F4}  lr {3:G3}  {4}", epoch.Epoch + 1, epoch.TrainingLoss, epoch.ValidationScore, epoch.LearningRate, epoch.Decision)));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "best lung Dice {0:F4} at epoch {1}; model written to {2}", result.BestScore, result.BestEpoch + 1, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
