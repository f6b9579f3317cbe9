using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Losses;
using PulmoPet.Deep.Metrics;
using PulmoPet.Deep.Networks;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Training;

/// <summary>
/// Patch-based segmentation training: batches of <see cref="PatchSampler"/> patches (balanced
/// lesion/background), augmented, with <see cref="DiceCrossEntropyLoss"/> (deep supervision when the
/// U-Net has it). Validation: sliding-window prediction of each validation case, mean Dice over
/// foreground classes and cases.
/// </summary>
public sealed class SegmentationTask : ITrainingTask
{
    private readonly IReadOnlyList<SegmentationCase> training;
    private readonly IReadOnlyList<SegmentationCase> validation;
    private readonly PatchSampler sampler;
    private readonly int batchSize;
    private readonly Augmentation augmentation;
    private readonly DiceCrossEntropyLoss loss;

    public SegmentationTask(
        IReadOnlyList<SegmentationCase> training,
        IReadOnlyList<SegmentationCase> validation,
        PatchSampler sampler,
        int batchSize,
        AugmentationOptions? augmentation = null,
        DiceCrossEntropyLoss? loss = null)
    {
        if (training is null || training.Count == 0 || validation is null || validation.Count == 0)
        {
            throw new ArgumentException("Segmentation training needs at least one training and one validation case.");
        }

        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "The batch size must be at least 1.");
        }

        int channels = training[0].Channels;
        if (training.Concat(validation).Any(c => c.Channels != channels))
        {
            throw new ArgumentException("Every case must have the same number of channels.");
        }

        this.training = training;
        this.validation = validation;
        this.sampler = sampler ?? throw new ArgumentNullException(nameof(sampler));
        this.batchSize = batchSize;
        this.augmentation = new Augmentation(augmentation ?? new AugmentationOptions());
        this.loss = loss ?? new DiceCrossEntropyLoss();
        Channels = channels;
    }

    public int Channels { get; }

    /// <summary>A batch: image [B, C, d, h, w] and labels [B, d, h, w] (int64), not augmented.</summary>
    public (Tensor Image, Tensor Labels) SampleBatch(Random random)
    {
        long patch = sampler.PatchVoxels;
        var image = new float[batchSize * Channels * patch];
        var labels = new byte[batchSize * patch];
        for (int b = 0; b < batchSize; b++)
        {
            var source = training[random.Next(training.Count)];
            sampler.Sample(source, random,
                image.AsSpan((int)(b * Channels * patch), (int)(Channels * patch)),
                labels.AsSpan((int)(b * patch), (int)patch));
        }

        var imageTensor = tensor(image).reshape(batchSize, Channels, sampler.Depth, sampler.Height, sampler.Width);
        var labelTensor = tensor(labels).reshape(batchSize, sampler.Depth, sampler.Height, sampler.Width).to_type(ScalarType.Int64);
        return (imageTensor, labelTensor);
    }

    public Tensor TrainingLoss(nn.Module<Tensor, Tensor> model, Random random, Device device)
    {
        var (image, labels) = SampleBatch(random);
        (image, labels) = augmentation.Apply(image.to(device), labels.to(device), random);
        if (model is UNet { Options.DeepSupervision: true } unet)
        {
            return new DeepSupervisionLoss(loss).Compute(unet.ForwardDeepSupervision(image), labels);
        }

        return loss.Compute(model.forward(image), labels);
    }

    public double Validate(nn.Module<Tensor, Tensor> model, Device device)
    {
        var inferer = new SlidingWindowInferer([sampler.Depth, sampler.Height, sampler.Width]);
        double total = 0;
        int count = 0;
        foreach (var item in validation)
        {
            using var scope = NewDisposeScope();
            var image = tensor(item.Image).reshape(item.Channels, item.Depth, item.Height, item.Width).to(device);
            var probabilities = inferer.Predict(model, image);
            var prediction = probabilities.argmax(0).cpu();
            var truth = tensor(item.Labels).reshape(item.Depth, item.Height, item.Width).to_type(ScalarType.Int64);
            for (long label = 1; label < probabilities.shape[0]; label++)
            {
                total += DiceScore.Of(prediction, truth, label);
                count++;
            }
        }

        return total / count;
    }
}
