using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Related;
using PulmoPet.Deep.Training;
using TorchSharp;

namespace PulmoPet.Deep.Perfusion;

/// <summary>Settings of a CT-to-perfusion training run.</summary>
public sealed record PerfusionTrainingSettings
{
    /// <summary>3-D residual U-Net, one CT channel in, two "classes" whose softmax gives the scaled perfusion.</summary>
    public UNetOptions Network { get; init; } = new() { InChannels = 1, Classes = 2, BaseChannels = 8, Depth = 3 };

    public TrainingOptions Training { get; init; } = new();

    public long[] PatchSize { get; init; } = [32, 32, 32];

    public int BatchSize { get; init; } = 2;

    public PetCtNormalization Normalization { get; init; } = PetCtNormalization.Default;
}

/// <summary>
/// Pre-training and fine-tuning of the CT-to-perfusion network. Fine-tuning starts from pre-trained weights,
/// trains with the encoder frozen, then continues from the best of that phase with everything trainable,
/// as the published protocol does (pre-trained on non-cancer patients, fine-tuned on lung-cancer patients
/// under k-fold cross-validation).
/// </summary>
public static class PerfusionTraining
{
    public const string TaskName = "ct-to-perfusion";

    /// <summary>Trains from <paramref name="initialWeights"/> (random when null) and writes a model directory.</summary>
    public static TrainingResult Train(
        IReadOnlyList<PerfusionCase> training, IReadOnlyList<PerfusionCase> validation, PerfusionTrainingSettings settings, string modelDirectory,
        Action<EpochRecord>? progress = null, string? initialWeights = null, bool freezeEncoder = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var task = new PerfusionTask(training, validation, settings.PatchSize, settings.BatchSize);
        torch.manual_seed(Determinism.EpochSeed(settings.Training.Seed, -2));
        using var model = new UNet(settings.Network);
        if (initialWeights is not null)
        {
            model.load(initialWeights);
        }

        EncoderFreezing.SetEncoderTrainable(model, !freezeEncoder);
        var checkpoints = Path.Combine(modelDirectory, "checkpoints");
        var result = new Trainer(settings.Training) { EpochFinished = progress }.Run(model, task, checkpoints);
        model.load(Path.Combine(checkpoints, Checkpoint.BestWeights));
        ModelDirectory.Save(modelDirectory, new ModelManifest
        {
            Task = TaskName,
            Architecture = "unet",
            UNet = settings.Network,
            Channels = ["ct"],
            Classes = ["complement", "relative_perfusion_over_3"],
            SpacingMm = [training[0].Grid.Spacing.X, training[0].Grid.Spacing.Y, training[0].Grid.Spacing.Z],
            PatchSize = settings.PatchSize,
            Normalization = settings.Normalization,
            TrainingDataSha256 = TrainingDataHash.Of(training.Select(c => c.Case)),
            TrainingCases = training.Count,
            BestEpoch = result.BestEpoch,
            BestValidationScore = result.BestScore,
            Seed = settings.Training.Seed,
        }, model);
        return result;
    }

    /// <summary>
    /// Fine-tunes the model in <paramref name="pretrainedDirectory"/>: <paramref name="frozen"/> with the encoder
    /// frozen (into <c>DIR/frozen</c>), then <paramref name="unfrozen"/> with everything trainable from the best
    /// frozen weights (into <c>DIR</c>).
    /// </summary>
    public static (TrainingResult Frozen, TrainingResult Unfrozen) FineTune(
        string pretrainedDirectory, IReadOnlyList<PerfusionCase> training, IReadOnlyList<PerfusionCase> validation,
        PerfusionTrainingSettings frozen, PerfusionTrainingSettings unfrozen, string modelDirectory, Action<string, EpochRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(frozen);
        ArgumentNullException.ThrowIfNull(unfrozen);
        var manifest = ModelDirectory.ReadManifest(pretrainedDirectory);
        if (manifest.Task != TaskName || manifest.UNet is null)
        {
            throw new Imaging.InvalidInputException($"{pretrainedDirectory} holds a '{manifest.Task}' model, not a '{TaskName}' model.");
        }

        string frozenDirectory = Path.Combine(modelDirectory, "frozen");
        var first = Train(training, validation, frozen with { Network = manifest.UNet }, frozenDirectory,
            r => progress?.Invoke("frozen", r), Path.Combine(pretrainedDirectory, ModelDirectory.WeightsFile), freezeEncoder: true);
        var second = Train(training, validation, unfrozen with { Network = manifest.UNet }, modelDirectory,
            r => progress?.Invoke("unfrozen", r), Path.Combine(frozenDirectory, ModelDirectory.WeightsFile), freezeEncoder: false);
        return (first, second);
    }
}
