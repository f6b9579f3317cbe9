using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Training;
using TorchSharp;

namespace PulmoPet.Deep.Organs;

/// <summary>Settings of a PET-only organ-segmentation training run.</summary>
public sealed record OrganTrainingSettings
{
    /// <summary>Organ names in class order (class 0 background); the network has one output per name.</summary>
    public required IReadOnlyList<string> ClassNames { get; init; }

    public int BaseChannels { get; init; } = 8;

    public int Depth { get; init; } = 3;

    public TrainingOptions Training { get; init; } = new();

    /// <summary>No flips: left and right organs (lungs, liver and spleen) must keep their sides.</summary>
    public AugmentationOptions Augmentation { get; init; } = new() { FlipProbability = 0, IntensityProbability = 0.3, NoiseProbability = 0.3 };

    public long[] PatchSize { get; init; } = [32, 32, 32];

    public int BatchSize { get; init; } = 2;

    public double ForegroundProbability { get; init; } = 0.9;

    public PetCtNormalization Normalization { get; init; } = PetCtNormalization.Default;
}

/// <summary>
/// Trains the PET-only multi-organ U-Net. Dose and attenuation-correction robustness come from the data: every
/// patient contributes one case per PET variant (dose-reduction factors and NAC), so each batch mixes them,
/// on top of intensity and noise augmentation.
/// </summary>
public static class OrganTraining
{
    public const string TaskName = "pet-organ-segmentation";

    public static TrainingResult Train(
        IReadOnlyList<SegmentationCase> training, IReadOnlyList<SegmentationCase> validation, OrganTrainingSettings settings, string modelDirectory,
        Action<EpochRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var network = new UNetOptions { InChannels = 1, Classes = settings.ClassNames.Count, BaseChannels = settings.BaseChannels, Depth = settings.Depth };
        var sampler = new PatchSampler((int)settings.PatchSize[0], (int)settings.PatchSize[1], (int)settings.PatchSize[2], settings.ForegroundProbability);
        var task = new SegmentationTask(training, validation, sampler, settings.BatchSize, settings.Augmentation);
        torch.manual_seed(Determinism.EpochSeed(settings.Training.Seed, -2));
        using var model = new UNet(network);
        var checkpoints = Path.Combine(modelDirectory, "checkpoints");
        var result = new Trainer(settings.Training) { EpochFinished = progress }.Run(model, task, checkpoints);
        model.load(Path.Combine(checkpoints, Checkpoint.BestWeights));
        ModelDirectory.Save(modelDirectory, new ModelManifest
        {
            Task = TaskName,
            Architecture = "unet",
            UNet = network,
            Channels = ["pet"],
            Classes = settings.ClassNames,
            SpacingMm = [4, 4, 4],
            PatchSize = settings.PatchSize,
            Normalization = settings.Normalization,
            TrainingDataSha256 = TrainingDataHash.Of(training),
            TrainingCases = training.Count,
            BestEpoch = result.BestEpoch,
            BestValidationScore = result.BestScore,
            Seed = settings.Training.Seed,
        }, model);
        return result;
    }
}
