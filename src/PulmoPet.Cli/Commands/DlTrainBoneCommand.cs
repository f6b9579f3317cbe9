using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Bone;
using PulmoPet.Deep.Networks;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl train-bone --cohort DIR --out MODEL</c>: bone-lesion segmentation U-Net and lung-origin crop classifier.</summary>
public static class DlTrainBoneCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new DlCohortTrainingOptions("Cohort folder written by 'pulmopet phantom --with bone' (ct_bone, bone_lesions per case).", 20);
        var originEpochs = new Option<int>("--origin-epochs") { Description = "Maximum epochs of the lung-origin classifier.", DefaultValueFactory = _ => 40 };
        var crop = new Option<int>("--crop") { Description = "Edge of the origin classifier's cubic crop, voxels (divisible by 4).", DefaultValueFactory = _ => 16 };
        var command = new Command("train-bone",
            "Train bone-lesion instance segmentation on CT (3-D residual U-Net; instances are its connected components) and a crop classifier of lung versus other origin.");
        shared.AddTo(command, originEpochs, crop);

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var cases = BoneCohort.Load(parse.GetValue(shared.Cohort)!.FullName);
            var (training, validation) = shared.Split(parse, cases);
            var settings = new BoneTrainingSettings
            {
                Network = new UNetOptions { InChannels = 1, Classes = 2, BaseChannels = parse.GetValue(shared.BaseChannels), Depth = 3 },
                Segmentation = shared.ReadTraining(parse),
                Origin = shared.ReadTraining(parse, originEpochs),
                PatchSize = shared.ReadPatch(parse),
                BatchSize = parse.GetValue(shared.Batch),
                CropSize = parse.GetValue(crop),
            };
            DlTrainingOptions.Validate(() => settings.Network.Validate(), () => settings.Segmentation.Validate(), () => settings.Origin.Validate());
            int lesions = training.Sum(c => c.LungOrigin.Count);
            context.Console.WriteLine($"training on {training.Count} cases ({lesions} bone lesions), validating on {validation.Count}…");
            string directory = parse.GetValue(shared.Output)!.FullName;
            var (segmentation, origin) = BoneTraining.Train(training, validation, settings, directory,
                (phase, epoch) => DlTrainingOptions.EpochPrinter(context, phase == "origin" ? "origin balanced accuracy" : "validation Dice", "F4")(epoch));
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "best validation Dice {0:F4} (epoch {1}), origin balanced accuracy {2:F4} (epoch {3}); model written to {4}",
                segmentation.BestScore, segmentation.BestEpoch + 1, origin.BestScore, origin.BestEpoch + 1, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
