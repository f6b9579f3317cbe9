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

/// <summary><c>pulmopet dl train-lungs --out MODEL</c>: trains the 2-D lung-mask U-Net on synthetic phantom CT slices.</summary>
public static class DlTrainLungsCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new DlTrainingOptions("Synthetic phantom patients used for training.", 8, 2, 25);
        var batch = new Option<int>("--batch") { Description = "Slices per batch.", DefaultValueFactory = _ => 4 };
        var command = new Command("train-lungs",
            "Train the 2-D lung-mask U-Net (background, right lung, left lung) on axial CT slices of a cohort (--cohort) or of phantom patients made in memory.");
        shared.AddTo(command, batch);
        var cohortOptions = DlCohortOptions.ForTraining();
        cohortOptions.AddTo(command);

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var settings = new LungMaskTrainingSettings
            {
                Network = UNetOptions.LungMask2d,
                BatchSize = parse.GetValue(batch),
                Training = shared.ReadTraining(parse),
            };
            DlTrainingOptions.Validate(() => settings.Training.Validate());

            IReadOnlyList<SliceCase> training, validation;
            if (cohortOptions.ReadSplit(parse, shared) is { } split)
            {
                var (trainingCases, validationCases) = split;
                context.Console.WriteLine($"reading {trainingCases.Count} training and {validationCases.Count} validation patients…");
                training = trainingCases.Select(c => CohortTrainingData.LungSlices(c, settings.Normalization)).ToList();
                validation = validationCases.Select(c => CohortTrainingData.LungSlices(c, settings.Normalization)).ToList();
                var spacing = ImageFile.ReadHeader(trainingCases[0].CtPath).Geometry.Spacing;
                settings = settings with { SpacingMm = [spacing.X, spacing.Y, spacing.Z] };
            }
            else
            {
                var (trainingCount, validationCount) = shared.ReadPatientCounts(parse);
                var cohort = new CohortOptions { Patients = trainingCount + validationCount, Seed = parse.GetValue(shared.Seed) };
                context.Console.WriteLine($"generating {cohort.Patients} phantom patients…");
                var slices = PhantomCases.GenerateLungSlices(cohort, cohort.Patients, settings.Normalization);
                training = slices.Take(trainingCount).ToList();
                validation = slices.Skip(trainingCount).ToList();
                settings = settings with { SpacingMm = [cohort.CtSpacingMm, cohort.CtSpacingMm, cohort.CtSpacingMm] };
            }

            string directory = parse.GetValue(shared.Output)!.FullName;
            var result = LungMaskTraining.Run(training, validation, settings, directory,
                DlTrainingOptions.EpochPrinter(context, "lung Dice", "F4", settings.Training.MaxEpochs));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "best lung Dice {0:F4} at epoch {1}; model written to {2}", result.BestScore, result.BestEpoch + 1, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
