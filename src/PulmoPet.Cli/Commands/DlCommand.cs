using System.CommandLine;
using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using TorchSharp;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl …</c>: deep-learning commands (TorchSharp) for training and applying networks.</summary>
public static class DlCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("dl", "Deep learning with TorchSharp: train and apply the lesion segmentation and classification networks, Grad-CAM.");
        command.Subcommands.Add(DlTrainSegCommand.Create(context));
        command.Subcommands.Add(DlSegmentCommand.Create(context));
        command.Subcommands.Add(DlTrainLungsCommand.Create(context));
        command.Subcommands.Add(DlLungsCommand.Create(context));
        command.Subcommands.Add(DlTrainClsCommand.Create(context));
        command.Subcommands.Add(DlClassifyCommand.Create(context));
        command.Subcommands.Add(DlGradCamCommand.Create(context));
        command.Subcommands.Add(DlTrainPerfusionCommand.Create(context));
        command.Subcommands.Add(DlPerfusionCommand.Create(context));
        command.Subcommands.Add(DlEvalPerfusionCommand.Create(context));
        command.Subcommands.Add(DlTrainOrgansCommand.Create(context));
        command.Subcommands.Add(DlOrgansCommand.Create(context));
        command.Subcommands.Add(DlEvalOrgansCommand.Create(context));
        command.Subcommands.Add(DlTrainBoneCommand.Create(context));
        command.Subcommands.Add(DlBoneCommand.Create(context));
        command.Subcommands.Add(DlEvalBoneCommand.Create(context));
        return command;
    }

    /// <summary>The <c>--device cpu|cuda</c> option every dl command takes.</summary>
    internal static Option<string> DeviceOption() => new("--device")
    {
        Description = "Where to run: cpu or cuda (cuda needs a CUDA build of TorchSharp).",
        DefaultValueFactory = _ => "cpu",
    };

    internal static ClassifierInput ParseInput(string name) => name.ToLowerInvariant() switch
    {
        "ct" => ClassifierInput.Ct,
        "pet" => ClassifierInput.Pet,
        "fused" => ClassifierInput.Fused,
        _ => throw new InvalidInputException($"--input must be ct, pet or fused, not '{name}'."),
    };

    internal static torch.Device ParseDevice(string name) => name.ToLowerInvariant() switch
    {
        "cpu" => torch.CPU,
        "cuda" when torch.cuda.is_available() => torch.CUDA,
        "cuda" => throw new InvalidInputException("--device cuda was requested, but this build of TorchSharp has no CUDA support or no GPU is visible."),
        _ => throw new InvalidInputException($"--device must be cpu or cuda, not '{name}'."),
    };
}
