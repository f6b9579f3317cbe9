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
        var shared = new DlTrainingOptions("Synthetic phantom patients used for training.", 8, 2, 25);
        var batch = new Option<int>("--batch") { Description = "Slices per batch.", DefaultValueFactory = _ => 4 };
        var command = new Command("train-lungs",
            "Train the 2-D lung-mask U-Net (background, right lung, left lung) on axial CT slices of synthetic phantom patients.");
        shared.AddTo(command, batch);

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var (trainingCount, validationCount) = shared.ReadPatientCounts(parse);

            var settings = new LungMaskTrainingSettings
            {
                Network = UNetOptions.LungMask2d,
                BatchSize = parse.GetValue(batch),
                Training = shared.ReadTraining(parse),
            };
            DlTrainingOptions.Validate(() => settings.Training.Validate());

            var cohort = new CohortOptions { Patients = trainingCount + validationCount, Seed = parse.GetValue(shared.Seed) };
            context.Console.WriteLine($"generating {cohort.Patients} phantom patients…");
            var generator = new PatientGenerator(cohort);
            var cases = Enumerable.Range(0, cohort.Patients).Select(i =>
            {
                var patient = generator.Generate(i);
                return SliceCase.FromVolumes(patient.CaseId, patient.Ct, patient.Lungs, settings.Normalization);
            }).ToList();
            string directory = parse.GetValue(shared.Output)!.FullName;
            var result = LungMaskTraining.Run(cases.Take(trainingCount).ToList(), cases.Skip(trainingCount).ToList(), settings with { SpacingMm = [cohort.CtSpacingMm, cohort.CtSpacingMm, cohort.CtSpacingMm] }, directory,
                DlTrainingOptions.EpochPrinter(context, "lung Dice", "F4"));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "best lung Dice {0:F4} at epoch {1}; model written to {2}", result.BestScore, result.BestEpoch + 1, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
