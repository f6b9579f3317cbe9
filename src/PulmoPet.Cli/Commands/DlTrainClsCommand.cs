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

/// <summary><c>pulmopet dl train-cls --out MODEL</c>: trains the 3-D lesion classifier on synthetic phantom lesions.</summary>
public static class DlTrainClsCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new DlTrainingOptions("Synthetic phantom patients whose lesions are used for training.", 24, 8, 20);
        var crop = new Option<int>("--crop") { Description = "Cubic crop size in PET voxels around each lesion.", DefaultValueFactory = _ => LesionCropExtractor.DefaultSize };
        var input = new Option<string>("--input") { Description = "Images the classifier sees: ct, pet or fused.", DefaultValueFactory = _ => "fused" };
        var command = new Command("train-cls",
            "Train the 3-D residual lesion classifier (lymphoma, lung cancer, benign, metastasis) on lesion-centred crops of a cohort (--cohort) or of phantom patients made in memory.");
        shared.AddTo(command, crop, input);
        var cohortOptions = DlCohortOptions.ForTraining();
        cohortOptions.AddTo(command);

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            if (parse.GetValue(crop) < 4)
            {
                throw new InvalidInputException("--crop must be at least 4.");
            }

            var classifierInput = DlCommand.ParseInput(parse.GetValue(input)!);
            var settings = new ClassifierTrainingSettings
            {
                Input = classifierInput,
                Network = ClassifierOptions.Lesion3d(classifierInput),
                ClassNames = LesionClasses.All.Select(c => c.ToName()).ToList(),
                Training = shared.ReadTraining(parse),
            };
            DlTrainingOptions.Validate(() => settings.Training.Validate());

            int cropSize = parse.GetValue(crop);
            List<LesionCrop> training, validationCrops;
            if (cohortOptions.ReadSplit(parse, shared) is { } split)
            {
                var (trainingCases, validationCases) = split;
                var classNames = CohortTrainingData.ClassNames(trainingCases.Concat(validationCases), settings.ClassNames);
                settings = settings with { ClassNames = classNames };
                context.Console.WriteLine($"reading {trainingCases.Count} training and {validationCases.Count} validation patients…");
                training = trainingCases.SelectMany(c => CohortTrainingData.LesionCrops(c, classNames, settings.Normalization, cropSize)).ToList();
                validationCrops = validationCases.SelectMany(c => CohortTrainingData.LesionCrops(c, classNames, settings.Normalization, cropSize)).ToList();
                var spacing = ImageFile.ReadHeader(trainingCases[0].PetPath).Geometry.Spacing;
                settings = settings with { SpacingMm = [spacing.X, spacing.Y, spacing.Z] };
            }
            else
            {
                var (trainingCount, validationCount) = shared.ReadPatientCounts(parse);
                var cohort = new CohortOptions { Patients = trainingCount + validationCount, Seed = parse.GetValue(shared.Seed) };
                context.Console.WriteLine($"generating {cohort.Patients} phantom patients…");
                var crops = PhantomCases.GenerateLesionCrops(cohort, cohort.Patients, cropSize, settings.Normalization);
                training = crops.Take(trainingCount).SelectMany(c => c).ToList();
                validationCrops = crops.Skip(trainingCount).SelectMany(c => c).ToList();
            }

            if (training.Count == 0 || validationCrops.Count == 0)
            {
                throw new InvalidInputException("The training or validation patients have no lesions; use more patients.");
            }

            string directory = parse.GetValue(shared.Output)!.FullName;
            var result = LesionClassifierTraining.Run(training, validationCrops, settings, directory,
                DlTrainingOptions.EpochPrinter(context, "balanced accuracy", "F3", settings.Training.MaxEpochs));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0} training and {1} validation lesions; best balanced accuracy {2:F3} at epoch {3}; model written to {4}",
                training.Count, validationCrops.Count, result.BestScore, result.BestEpoch + 1, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
