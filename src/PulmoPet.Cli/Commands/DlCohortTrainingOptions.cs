using System.CommandLine;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// The options of the <c>pulmopet dl train-*</c> commands that read a cohort folder (perfusion, organs, bone):
/// cohort, output, validation cases, seed, epochs, steps, patch, batch, base channels, learning rate, device.
/// </summary>
internal sealed class DlCohortTrainingOptions
{
    public DlCohortTrainingOptions(string cohortDescription, int defaultSteps)
    {
        Cohort = new Option<DirectoryInfo>("--cohort", "-c") { Description = cohortDescription, Required = true };
        Steps = new Option<int>("--steps") { Description = "Training batches per epoch.", DefaultValueFactory = _ => defaultSteps };
    }

    public Option<DirectoryInfo> Cohort { get; }

    public Option<DirectoryInfo> Output { get; } = new("--out", "-o") { Description = "Model directory to write (model.json, weights.dat, checkpoints/).", Required = true };

    public Option<int> Validation { get; } = new("--validation") { Description = "The last N cases of the cohort are used for validation (model selection).", DefaultValueFactory = _ => 2 };

    public Option<long> Seed { get; } = new("--seed") { Description = "Seed of training.", DefaultValueFactory = _ => 1 };

    public Option<int> Epochs { get; } = new("--epochs") { Description = "Maximum number of epochs (early stopping after 30 without improvement).", DefaultValueFactory = _ => 40 };

    public Option<int> Steps { get; }

    public Option<int> Patch { get; } = new("--patch") { Description = "Cubic patch size in voxels (divisible by 2^depth).", DefaultValueFactory = _ => 32 };

    public Option<int> Batch { get; } = new("--batch") { Description = "Patches per batch.", DefaultValueFactory = _ => 2 };

    public Option<int> BaseChannels { get; } = new("--base-channels") { Description = "Channels of the first U-Net level.", DefaultValueFactory = _ => 8 };

    public Option<double> LearningRate { get; } = new("--lr") { Description = "Adam learning rate.", DefaultValueFactory = _ => 1e-3 };

    public Option<string> Device { get; } = DlCommand.DeviceOption();

    public void AddTo(Command command, params Option[] own)
    {
        foreach (var option in new Option[] { Cohort, Output, Validation, Seed, Epochs, Steps, Patch, Batch, BaseChannels }.Concat(own).Concat([LearningRate, Device]))
        {
            command.Options.Add(option);
        }
    }

    public TrainingOptions ReadTraining(ParseResult parse, Option<int>? epochs = null) => new()
    {
        MaxEpochs = parse.GetValue(epochs ?? Epochs),
        StepsPerEpoch = parse.GetValue(Steps),
        LearningRate = parse.GetValue(LearningRate),
        Seed = parse.GetValue(Seed),
        Device = DlCommand.ParseDevice(parse.GetValue(Device)!).type.ToString().ToLowerInvariant(),
    };

    public long[] ReadPatch(ParseResult parse)
    {
        long p = parse.GetValue(Patch);
        if (p < 8 || p % 8 != 0)
        {
            throw new InvalidInputException($"--patch must be a positive multiple of 8, not {p}.");
        }

        return [p, p, p];
    }

    /// <summary>Splits cases into training and the last <c>--validation</c> ones.</summary>
    public (IReadOnlyList<T> Training, IReadOnlyList<T> Validation) Split<T>(ParseResult parse, IReadOnlyList<T> cases)
    {
        int validation = parse.GetValue(Validation);
        if (validation < 1 || validation >= cases.Count)
        {
            throw new InvalidInputException($"--validation must be between 1 and {cases.Count - 1} for a cohort of {cases.Count} cases, not {validation}.");
        }

        return (cases.Take(cases.Count - validation).ToList(), cases.Skip(cases.Count - validation).ToList());
    }
}
