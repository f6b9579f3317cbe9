using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Organs;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl train-organs --cohort DIR --out MODEL</c>: the PET-only multi-organ U-Net, trained across dose and AC conditions.</summary>
public static class DlTrainOrgansCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new DlCohortTrainingOptions("Cohort folder written by 'pulmopet phantom --with organs,dose' (PET variants and organ labels per case).", 20);
        var conditions = new Option<string>("--conditions")
        {
            Description = "PET conditions to train on, comma-separated (dose/AC augmentation): drf_1, drf_10, drf_20, drf_50, nac.",
            DefaultValueFactory = _ => string.Join(",", OrganCohort.Conditions),
        };
        var command = new Command("train-organs",
            "Train the PET-only multi-organ 3-D residual U-Net on a cohort folder, each batch mixing full-dose, low-dose and non-attenuation-corrected PET.");
        shared.AddTo(command, conditions);

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var names = parse.GetValue(conditions)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var variants = OrganCohort.Load(parse.GetValue(shared.Cohort)!.FullName, names);
            var (training, validation) = shared.Split(parse, variants);
            var settings = new OrganTrainingSettings
            {
                ClassNames = OrganCohort.ClassNames,
                BaseChannels = parse.GetValue(shared.BaseChannels),
                Training = shared.ReadTraining(parse),
                PatchSize = shared.ReadPatch(parse),
                BatchSize = parse.GetValue(shared.Batch),
            };
            DlTrainingOptions.Validate(() => settings.Training.Validate());
            var trainingCases = training.SelectMany(v => v).Select(v => OrganCohort.ToCase(v, settings.Normalization)).ToList();

            // Validation on the full-dose (or first listed) condition only: one sliding-window pass per case and epoch.
            var validationCases = validation.Select(v => OrganCohort.ToCase(v[0], settings.Normalization)).ToList();
            context.Console.WriteLine($"training on {training.Count} cases × {names.Length} PET conditions, validating on {validation.Count} ({validation[0][0].Condition})…");
            string directory = parse.GetValue(shared.Output)!.FullName;
            var result = OrganTraining.Train(trainingCases, validationCases, settings, directory, DlTrainingOptions.EpochPrinter(context, "validation Dice", "F4"));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "best validation Dice {0:F4} at epoch {1}; model written to {2}", result.BestScore, result.BestEpoch + 1, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
