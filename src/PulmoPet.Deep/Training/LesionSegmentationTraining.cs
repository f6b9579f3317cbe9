using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using TorchSharp;

namespace PulmoPet.Deep.Training;

/// <summary>Settings of a lesion-segmentation training run beyond <see cref="TrainingOptions"/>.</summary>
public sealed record SegmentationTrainingSettings
{
    public UNetOptions Network { get; init; } = UNetOptions.LesionSegmentation3d;

    public TrainingOptions Training { get; init; } = new();

    public AugmentationOptions Augmentation { get; init; } = new();

    /// <summary>Patch size (D, H, W); each divisible by 2^depth.</summary>
    public long[] PatchSize { get; init; } = [32, 32, 32];

    public int BatchSize { get; init; } = 2;

    public double ForegroundProbability { get; init; } = PatchSampler.DefaultForegroundProbability;

    public PetCtNormalization Normalization { get; init; } = PetCtNormalization.Default;

    /// <summary>The grid spacing (x, y, z) of the cases, in mm (the phantom's PET grid: 4 mm).</summary>
    public double[] SpacingMm { get; init; } = [4, 4, 4];
}

/// <summary>Trains the 3-D lesion segmenter and writes a model directory with the best-validation weights.</summary>
public static class LesionSegmentationTraining
{
    public static TrainingResult Run(
        IReadOnlyList<SegmentationCase> training,
        IReadOnlyList<SegmentationCase> validation,
        SegmentationTrainingSettings settings,
        string modelDirectory,
        Action<EpochRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        long multiple = 1L << settings.Network.Depth;
        if (settings.PatchSize.Length != 3 || settings.PatchSize.Any(p => p < multiple || p % multiple != 0))
        {
            throw new Imaging.InvalidInputException($"The patch size must be three sizes divisible by 2^depth = {multiple}.");
        }

        var sampler = new PatchSampler((int)settings.PatchSize[0], (int)settings.PatchSize[1], (int)settings.PatchSize[2], settings.ForegroundProbability);
        var task = new SegmentationTask(training, validation, sampler, settings.BatchSize, settings.Augmentation);
        torch.manual_seed(Determinism.EpochSeed(settings.Training.Seed, -2));
        using var model = new UNet(settings.Network);
        var checkpoints = Path.Combine(modelDirectory, "checkpoints");
        var result = new Trainer(settings.Training) { EpochFinished = progress }.Run(model, task, checkpoints);
        model.load(Path.Combine(checkpoints, Checkpoint.BestWeights));
        ModelDirectory.Save(modelDirectory, new ModelManifest
        {
            Task = "lesion-segmentation",
            Architecture = "unet",
            UNet = settings.Network,
            Channels = ["ct", "pet"],
            Classes = ["background", "lesion"],
            SpacingMm = settings.SpacingMm,
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
