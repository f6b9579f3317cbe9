using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
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
            "Train the 3-D residual U-Net that segments FDG-avid lung lesions on lung-cropped PET+CT patches of a cohort (--cohort) or of phantom patients made in memory; resumes from the model directory's checkpoints.");
        shared.AddTo(command, patch, batch, baseChannels, depth);
        var cohortOptions = DlCohortOptions.ForTraining();
        cohortOptions.AddTo(command);

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
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

            IReadOnlyList<SegmentationCase> training, validation;
            if (cohortOptions.ReadSplit(parse, shared) is { } split)
            {
                var (trainingCases, validationCases) = split;
                context.Console.WriteLine($"reading {trainingCases.Count} training and {validationCases.Count} validation patients…");
                training = trainingCases.Select(c => CohortTrainingData.SegmentationCase(c, settings.Normalization)).ToList();
                validation = validationCases.Select(c => CohortTrainingData.SegmentationCase(c, settings.Normalization)).ToList();
                var spacing = ImageFile.ReadHeader(trainingCases[0].PetPath).Geometry.Spacing;
                settings = settings with { SpacingMm = [spacing.X, spacing.Y, spacing.Z] };
            }
            else
            {
                var (trainingCount, validationCount) = shared.ReadPatientCounts(parse);
                var cohort = new CohortOptions { Patients = trainingCount + validationCount, Seed = parse.GetValue(shared.Seed) };
                context.Console.WriteLine($"generating {cohort.Patients} phantom patients…");
                var cases = PhantomCases.Generate(cohort, cohort.Patients);
                training = cases.Take(trainingCount).ToList();
                validation = cases.Skip(trainingCount).ToList();
            }

            string directory = parse.GetValue(shared.Output)!.FullName;
            var result = LesionSegmentationTraining.Run(training, validation, settings, directory,
                DlTrainingOptions.EpochPrinter(context, "validation Dice", "F4", settings.Training.MaxEpochs));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "best validation Dice {0:F4} at epoch {1}{2}; model written to {3}", result.BestScore, result.BestEpoch + 1, result.StoppedEarly ? " (stopped early)" : string.Empty, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
