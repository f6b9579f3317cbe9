using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;
using PulmoPet.Phantom;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl train-seg --out MODEL</c>: trains the 3-D lesion segmenter on synthetic phantom patients.</summary>
public static class DlTrainSegCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Model directory to write (model.json, weights.dat, checkpoints/).", Required = true };
        var patients = new Option<int>("--patients") { Description = "Synthetic phantom patients used for training.", DefaultValueFactory = _ => 12 };
        var validation = new Option<int>("--validation") { Description = "Further phantom patients used for validation.", DefaultValueFactory = _ => 2 };
        var seed = new Option<long>("--seed") { Description = "Seed of the phantom cohort and of training.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Maximum number of epochs (early stopping after 30 without improvement).", DefaultValueFactory = _ => 100 };
        var steps = new Option<int>("--steps") { Description = "Training batches per epoch.", DefaultValueFactory = _ => 50 };
        var patch = new Option<int>("--patch") { Description = "Cubic patch size in voxels (divisible by 2^depth).", DefaultValueFactory = _ => 32 };
        var batch = new Option<int>("--batch") { Description = "Patches per batch.", DefaultValueFactory = _ => 2 };
        var baseChannels = new Option<int>("--base-channels") { Description = "Channels of the first U-Net level.", DefaultValueFactory = _ => UNetOptions.LesionSegmentation3d.BaseChannels };
        var depth = new Option<int>("--depth") { Description = "Number of downsamplings of the U-Net.", DefaultValueFactory = _ => UNetOptions.LesionSegmentation3d.Depth };
        var learningRate = new Option<double>("--lr") { Description = "Adam learning rate.", DefaultValueFactory = _ => 1e-4 };
        var device = DlCommand.DeviceOption();
        var command = new Command("train-seg",
            "Train the 3-D residual U-Net that segments FDG-avid lung lesions on lung-cropped PET+CT patches of synthetic phantom patients; resumes from the model directory's checkpoints.");
        foreach (var option in new Option[] { output, patients, validation, seed, epochs, steps, patch, batch, baseChannels, depth, learningRate, device })
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

            var network = UNetOptions.LesionSegmentation3d with { BaseChannels = parse.GetValue(baseChannels), Depth = parse.GetValue(depth) };
            long p = parse.GetValue(patch);
            var settings = new SegmentationTrainingSettings
            {
                Network = network,
                PatchSize = [p, p, p],
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
                network.Validate();
                settings.Training.Validate();
            }
            catch (ArgumentException e)
            {
                throw new InvalidInputException(e.Message);
            }

            var cohort = new CohortOptions { Patients = trainingCount + validationCount, Seed = parse.GetValue(seed) };
            context.Console.WriteLine($"generating {cohort.Patients} phantom patients…");
            var cases = PhantomCases.Generate(cohort, cohort.Patients);
            string directory = parse.GetValue(output)!.FullName;
            var result = LesionSegmentationTraining.Run(cases.Take(trainingCount).ToList(), cases.Skip(trainingCount).ToList(), settings, directory,
                epoch => context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "epoch {0,4}  loss {1:F4}  validation Dice {2:F4}  lr {3:G3}  {4}", epoch.Epoch + 1, epoch.TrainingLoss, epoch.ValidationScore, epoch.LearningRate, epoch.Decision)));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "best validation Dice {0:F4} at epoch {1}{2}; model written to {3}", result.BestScore, result.BestEpoch + 1, result.StoppedEarly ? " (stopped early)" : string.Empty, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
