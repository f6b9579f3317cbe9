using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;
using PulmoPet.Phantom;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl train-cls --out MODEL</c>: trains the 3-D lesion classifier on synthetic phantom lesions.</summary>
public static class DlTrainClsCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Model directory to write (model.json, weights.dat, checkpoints/).", Required = true };
        var patients = new Option<int>("--patients") { Description = "Synthetic phantom patients whose lesions are used for training.", DefaultValueFactory = _ => 24 };
        var validation = new Option<int>("--validation") { Description = "Further phantom patients used for validation.", DefaultValueFactory = _ => 8 };
        var seed = new Option<long>("--seed") { Description = "Seed of the phantom cohort and of training.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Maximum number of epochs (early stopping after 30 without improvement).", DefaultValueFactory = _ => 100 };
        var steps = new Option<int>("--steps") { Description = "Training batches per epoch.", DefaultValueFactory = _ => 20 };
        var crop = new Option<int>("--crop") { Description = "Cubic crop size in PET voxels around each lesion.", DefaultValueFactory = _ => LesionCropExtractor.DefaultSize };
        var input = new Option<string>("--input") { Description = "Images the classifier sees: ct, pet or fused.", DefaultValueFactory = _ => "fused" };
        var learningRate = new Option<double>("--lr") { Description = "Adam learning rate.", DefaultValueFactory = _ => 1e-4 };
        var device = DlCommand.DeviceOption();
        var command = new Command("train-cls",
            "Train the 3-D residual lesion classifier (lymphoma, lung cancer, benign, metastasis) on lesion-centred crops of synthetic phantom patients.");
        foreach (var option in new Option[] { output, patients, validation, seed, epochs, steps, crop, input, learningRate, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            int trainingCount = parse.GetValue(patients), validationCount = parse.GetValue(validation);
            if (trainingCount < 1 || validationCount < 1 || parse.GetValue(crop) < 4)
            {
                throw new InvalidInputException("--patients and --validation must be at least 1 and --crop at least 4.");
            }

            var classifierInput = DlCommand.ParseInput(parse.GetValue(input)!);
            var settings = new ClassifierTrainingSettings
            {
                Input = classifierInput,
                Network = ClassifierOptions.Lesion3d(classifierInput),
                ClassNames = LesionClasses.All.Select(c => c.ToName()).ToList(),
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
            var crops = Enumerable.Range(0, cohort.Patients).Select(i =>
            {
                var patient = generator.Generate(i);
                return LesionCropExtractor.Extract(patient.CaseId, patient.Pet, patient.Ct, patient.Lesions, settings.Normalization,
                    (int)patient.LesionClass, parse.GetValue(crop));
            }).ToList();
            var training = crops.Take(trainingCount).SelectMany(c => c).ToList();
            var validationCrops = crops.Skip(trainingCount).SelectMany(c => c).ToList();
            if (training.Count == 0 || validationCrops.Count == 0)
            {
                throw new InvalidInputException("The phantom patients have no lesions to train or validate on; use more patients.");
            }

            string directory = parse.GetValue(output)!.FullName;
            var result = LesionClassifierTraining.Run(training, validationCrops, settings, directory,
                epoch => context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "epoch {0,4}  loss {1:F4}  balanced accuracy {2:F3}  lr {3:G3}  {4}", epoch.Epoch + 1, epoch.TrainingLoss, epoch.ValidationScore, epoch.LearningRate, epoch.Decision)));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0} training and {1} validation lesions; best balanced accuracy {2:F3} at epoch {3}; model written to {4}",
                training.Count, validationCrops.Count, result.BestScore, result.BestEpoch + 1, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
