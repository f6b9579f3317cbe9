using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using TorchSharp;

namespace PulmoPet.Deep.Training;

/// <summary>Settings of a lesion-classifier training run.</summary>
public sealed record ClassifierTrainingSettings
{
    public ClassifierInput Input { get; init; } = ClassifierInput.Fused;

    /// <summary>Architecture; <see cref="ClassifierOptions.InChannels"/> is set from <see cref="Input"/>.</summary>
    public ClassifierOptions Network { get; init; } = ClassifierOptions.Lesion3d(ClassifierInput.Fused);

    public IReadOnlyList<string> ClassNames { get; init; } = ["lymphoma", "lung_cancer", "benign", "metastasis"];

    public TrainingOptions Training { get; init; } = new();

    public int BatchSize { get; init; } = 8;

    public PetCtNormalization Normalization { get; init; } = PetCtNormalization.Default;

    public double[] SpacingMm { get; init; } = [4, 4, 4];
}

/// <summary>Trains the lesion classifier on crops and writes a model directory with the best-validation weights.</summary>
public static class LesionClassifierTraining
{
    public static TrainingResult Run(
        IReadOnlyList<LesionCrop> training, IReadOnlyList<LesionCrop> validation, ClassifierTrainingSettings settings, string modelDirectory,
        Action<EpochRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var network = settings.Network with
        {
            InChannels = settings.Input == ClassifierInput.Fused ? 2 : 1,
            Classes = settings.ClassNames.Count,
        };
        var task = new ClassificationTask(training, validation, network.Classes, settings.Input, settings.BatchSize);
        torch.manual_seed(Determinism.EpochSeed(settings.Training.Seed, -2));
        using var model = new ResidualClassifier(network);
        var checkpoints = Path.Combine(modelDirectory, "checkpoints");
        var result = new Trainer(settings.Training) { EpochFinished = progress }.Run(model, task, checkpoints);
        model.load(Path.Combine(checkpoints, Checkpoint.BestWeights));
        ModelDirectory.Save(modelDirectory, new ModelManifest
        {
            Task = "lesion-classification",
            Architecture = "residual-classifier",
            Classifier = network,
            Channels = settings.Input switch
            {
                ClassifierInput.Ct => ["ct"],
                ClassifierInput.Pet => ["pet"],
                _ => ["ct", "pet"],
            },
            Classes = settings.ClassNames,
            SpacingMm = settings.SpacingMm,
            PatchSize = [task.CropSize, task.CropSize, task.CropSize],
            Normalization = settings.Normalization,
            TrainingDataSha256 = TrainingDataHash.Of(training.Select(c => new SegmentationCase(
                $"{c.CaseId}/{c.LesionId}/{c.ClassIndex}", 2, c.Size, c.Size, c.Size, c.Image, new byte[c.Size * c.Size * c.Size]))),
            TrainingCases = training.Count,
            BestEpoch = result.BestEpoch,
            BestValidationScore = result.BestScore,
            Seed = settings.Training.Seed,
        }, model);
        return result;
    }
}
