using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using TorchSharp;

namespace PulmoPet.Deep.Training;

/// <summary>Settings of a lung-mask training run.</summary>
public sealed record LungMaskTrainingSettings
{
    public UNetOptions Network { get; init; } = UNetOptions.LungMask2d;

    public TrainingOptions Training { get; init; } = new();

    /// <summary>Square network input; slices up to this size are seen whole (the phantom's 2 mm slices are 180 × 145).</summary>
    public int CropSize { get; init; } = 192;

    public int BatchSize { get; init; } = 4;

    public PetCtNormalization Normalization { get; init; } = PetCtNormalization.Default;

    public double[] SpacingMm { get; init; } = [2, 2, 2];
}

/// <summary>Trains the 2-D lung-mask U-Net on axial slices and writes a model directory.</summary>
public static class LungMaskTraining
{
    public static TrainingResult Run(
        IReadOnlyList<SliceCase> training, IReadOnlyList<SliceCase> validation, LungMaskTrainingSettings settings, string modelDirectory,
        Action<EpochRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var task = new LungSliceTask(training, validation, settings.CropSize, settings.BatchSize, settings.Network.Depth);
        torch.manual_seed(Determinism.EpochSeed(settings.Training.Seed, -2));
        using var model = new UNet(settings.Network);
        var checkpoints = Path.Combine(modelDirectory, "checkpoints");
        var result = new Trainer(settings.Training) { EpochFinished = progress }.Run(model, task, checkpoints);
        model.load(Path.Combine(checkpoints, Checkpoint.BestWeights));
        ModelDirectory.Save(modelDirectory, new ModelManifest
        {
            Task = "lung-mask",
            Architecture = "unet",
            UNet = settings.Network,
            Channels = ["ct"],
            Classes = ["background", "right_lung", "left_lung"],
            SpacingMm = settings.SpacingMm,
            PatchSize = [settings.CropSize, settings.CropSize],
            Normalization = settings.Normalization,
            TrainingDataSha256 = TrainingDataHash.Of(training.Select(s => new SegmentationCase(s.Id, 1, s.Slices, s.Height, s.Width, s.Image, s.Labels))),
            TrainingCases = training.Count,
            BestEpoch = result.BestEpoch,
            BestValidationScore = result.BestScore,
            Seed = settings.Training.Seed,
        }, model);
        return result;
    }
}
