using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Training;
using TorchSharp;

namespace PulmoPet.Deep.Bone;

/// <summary>Settings of a bone-lesion training run (segmentation network and origin classifier).</summary>
public sealed record BoneTrainingSettings
{
    public UNetOptions Network { get; init; } = new() { InChannels = 1, Classes = 2, BaseChannels = 8, Depth = 3 };

    public TrainingOptions Segmentation { get; init; } = new();

    public TrainingOptions Origin { get; init; } = new();

    public long[] PatchSize { get; init; } = [32, 32, 32];

    public int BatchSize { get; init; } = 2;

    /// <summary>Edge of the cubic crop the origin classifier sees, in voxels (16 × 4 mm = 64 mm).</summary>
    public int CropSize { get; init; } = 16;

    public PetCtNormalization Normalization { get; init; } = BoneData.BoneWindow;
}

/// <summary>
/// Trains the two parts of the bone-lesion model: a 3-D residual U-Net for the lesion mask (instances are its
/// connected components) in <c>DIR/segmentation</c>, and a crop classifier giving each instance's probability of
/// lung origin in <c>DIR/origin</c>.
/// </summary>
public static class BoneTraining
{
    public const string SegmentationTask = "bone-lesion-segmentation";
    public const string OriginTask = "bone-lesion-origin";
    public const string SegmentationDirectory = "segmentation";
    public const string OriginDirectory = "origin";

    public static (TrainingResult Segmentation, TrainingResult Origin) Train(
        IReadOnlyList<BoneCase> training, IReadOnlyList<BoneCase> validation, BoneTrainingSettings settings, string modelDirectory,
        Action<string, EpochRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(validation);
        var segmentation = TrainSegmentation(training, validation, settings, Path.Combine(modelDirectory, SegmentationDirectory), r => progress?.Invoke("segmentation", r));
        var origin = TrainOrigin(training, validation, settings, Path.Combine(modelDirectory, OriginDirectory), r => progress?.Invoke("origin", r));
        return (segmentation, origin);
    }

    /// <summary>Crops of every true lesion of <paramref name="cases"/> with class 1 = lung origin, 0 = other.</summary>
    public static List<LesionCrop> OriginCrops(IEnumerable<BoneCase> cases, int cropSize)
    {
        var crops = new List<LesionCrop>();
        foreach (BoneCase item in cases)
        {
            var centroids = BoneData.Centroids(item.Instances.Select(v => (int)v).ToArray(), item.Case);
            foreach (var (label, centre) in centroids.OrderBy(p => p.Key))
            {
                if (item.LungOrigin.TryGetValue(label, out bool lung))
                {
                    crops.Add(BoneData.CropAround(item, label, lung ? 1 : 0, centre, cropSize));
                }
            }
        }

        return crops;
    }

    private static TrainingResult TrainSegmentation(IReadOnlyList<BoneCase> training, IReadOnlyList<BoneCase> validation, BoneTrainingSettings settings, string directory, Action<EpochRecord> progress)
    {
        var sampler = new PatchSampler((int)settings.PatchSize[0], (int)settings.PatchSize[1], (int)settings.PatchSize[2], 0.6);
        var task = new Training.SegmentationTask(training.Select(c => c.Case).ToList(), validation.Select(c => c.Case).ToList(), sampler, settings.BatchSize,
            new AugmentationOptions { AffineProbability = 0 });
        torch.manual_seed(Determinism.EpochSeed(settings.Segmentation.Seed, -2));
        using var model = new UNet(settings.Network);
        var checkpoints = Path.Combine(directory, "checkpoints");
        var result = new Trainer(settings.Segmentation) { EpochFinished = progress }.Run(model, task, checkpoints);
        model.load(Path.Combine(checkpoints, Checkpoint.BestWeights));
        ModelDirectory.Save(directory, Manifest(SegmentationTask, settings, training, result) with
        {
            Architecture = "unet",
            UNet = settings.Network,
            Classes = ["background", "bone_lesion"],
            PatchSize = settings.PatchSize,
        }, model);
        return result;
    }

    private static TrainingResult TrainOrigin(IReadOnlyList<BoneCase> training, IReadOnlyList<BoneCase> validation, BoneTrainingSettings settings, string directory, Action<EpochRecord> progress)
    {
        var trainingCrops = OriginCrops(training, settings.CropSize);
        var validationCrops = OriginCrops(validation, settings.CropSize);
        if (trainingCrops.Select(c => c.ClassIndex).Distinct().Count() < 2)
        {
            throw new Imaging.InvalidInputException("The training cases need bone lesions of both lung and other origin to train the origin classifier.");
        }

        if (validationCrops.Count == 0)
        {
            // Too few validation patients with bone lesions: select the epoch on the training crops, and say so in the manifest's score.
            validationCrops = trainingCrops;
        }

        var network = new ClassifierOptions { InChannels = 1, Classes = 2, BaseChannels = 8, Stages = 3 };
        var task = new ClassificationTask(trainingCrops, validationCrops, 2, ClassifierInput.Ct, settings.BatchSize * 4);
        torch.manual_seed(Determinism.EpochSeed(settings.Origin.Seed, -3));
        using var model = new ResidualClassifier(network);
        var checkpoints = Path.Combine(directory, "checkpoints");
        var result = new Trainer(settings.Origin) { EpochFinished = progress }.Run(model, task, checkpoints);
        model.load(Path.Combine(checkpoints, Checkpoint.BestWeights));
        ModelDirectory.Save(directory, Manifest(OriginTask, settings, training, result) with
        {
            Architecture = "residual-classifier",
            Classifier = network,
            Classes = ["other_origin", "lung_origin"],
            PatchSize = [settings.CropSize, settings.CropSize, settings.CropSize],
        }, model);
        return result;
    }

    private static ModelManifest Manifest(string task, BoneTrainingSettings settings, IReadOnlyList<BoneCase> training, TrainingResult result) => new()
    {
        Task = task,
        Architecture = string.Empty,
        Channels = ["ct"],
        Classes = [],
        SpacingMm = [training[0].Grid.Spacing.X, training[0].Grid.Spacing.Y, training[0].Grid.Spacing.Z],
        PatchSize = [],
        Normalization = settings.Normalization,
        TrainingDataSha256 = TrainingDataHash.Of(training.Select(c => c.Case)),
        TrainingCases = training.Count,
        BestEpoch = result.BestEpoch,
        BestValidationScore = result.BestScore,
        Seed = settings.Segmentation.Seed,
    };
}
