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
        var shared = new DlTrainingOptions("Synthetic phantom patients used for training.", 12, 2, 50);
        var patch = new Option<int>("--patch") { Description = "Cubic patch size in voxels (divisible by 2^depth).", DefaultValueFactory = _ => 32 };
        var batch = new Option<int>("--batch") { Description = "Patches per batch.", DefaultValueFactory = _ => 2 };
        var baseChannels = new Option<int>("--base-channels") { Description = "Channels of the first U-Net level.", DefaultValueFactory = _ => UNetOptions.LesionSegmentation3d.BaseChannels };
        var depth = new Option<int>("--depth") { Description = "Number of downsamplings of the U-Net.", DefaultValueFactory = _ => UNetOptions.LesionSegmentation3d.Depth };
        var command = new Command("train-seg",
            "Train the 3-D residual U-Net that segments FDG-avid lung lesions on lung-cropped PET+CT patches of synthetic phantom patients; resumes from the model directory's checkpoints.");
        shared.AddTo(command, patch, batch, baseChannels, depth);

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var (trainingCount, validationCount) = shared.ReadPatientCounts(parse);

            var network = UNetOptions.LesionSegmentation3d with { BaseChannels = parse.GetValue(baseChannels), Depth = parse.GetValue(depth) };
            long p = parse.GetValue(patch);
            var settings = new SegmentationTrainingSettings
            {
                Network = network,
                PatchSize = [p, p, p],
                BatchSize = parse.GetValue(batch),
                Training = shared.ReadTraining(parse),
            };
            DlTrainingOptions.Validate(() => network.Validate(), () => settings.Training.Validate());

            var cohort = new CohortOptions { Patients = trainingCount + validationCount, Seed = parse.GetValue(shared.Seed) };
            context.Console.WriteLine($"generating {cohort.Patients} phantom patients…");
            var cases = PhantomCases.Generate(cohort, cohort.Patients);
            string directory = parse.GetValue(shared.Output)!.FullName;
            var result = LesionSegmentationTraining.Run(cases.Take(trainingCount).ToList(), cases.Skip(trainingCount).ToList(), settings, directory,
                DlTrainingOptions.EpochPrinter(context, "validation Dice", "F4"));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "best validation Dice {0:F4} at epoch {1}{2}; model written to {3}", result.BestScore, result.BestEpoch + 1, result.StoppedEarly ? " (stopped early)" : string.Empty, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
