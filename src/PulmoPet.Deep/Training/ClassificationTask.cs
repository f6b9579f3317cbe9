using PulmoPet.Deep.Data;
using PulmoPet.Deep.Networks;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Training;

/// <summary>
/// Lesion classification training on <see cref="LesionCrop"/>s: class-balanced batches (a class is drawn
/// uniformly, then a crop of it), flips and intensity augmentation, cross-entropy; validation score =
/// balanced accuracy (mean per-class recall) on the validation crops.
/// </summary>
public sealed class ClassificationTask : ITrainingTask
{
    private readonly IReadOnlyList<LesionCrop>[] byClass;
    private readonly IReadOnlyList<LesionCrop> validation;
    private readonly ClassifierInput input;
    private readonly int batchSize;
    private readonly int classes;
    private readonly Augmentation augmentation;

    public ClassificationTask(IReadOnlyList<LesionCrop> training, IReadOnlyList<LesionCrop> validation, int classes, ClassifierInput input, int batchSize, AugmentationOptions? augmentation = null)
    {
        if (training is null || training.Count == 0 || validation is null || validation.Count == 0)
        {
            throw new ArgumentException("Classification training needs at least one training and one validation crop.");
        }

        if (training.Concat(validation).Any(c => c.ClassIndex < 0 || c.ClassIndex >= classes || c.Size != training[0].Size))
        {
            throw new ArgumentException("Every crop needs a class index in [0, classes) and the same size.");
        }

        byClass = Enumerable.Range(0, classes).Select(c => (IReadOnlyList<LesionCrop>)training.Where(t => t.ClassIndex == c).ToList())
            .Where(list => list.Count > 0).ToArray();
        this.validation = validation;
        this.input = input;
        this.batchSize = batchSize;
        this.classes = classes;
        this.augmentation = new Augmentation(augmentation ?? new AugmentationOptions { AffineProbability = 0 });
        CropSize = training[0].Size;
    }

    public int CropSize { get; }

    private int Channels => input == ClassifierInput.Fused ? 2 : 1;

    public Tensor TrainingLoss(nn.Module<Tensor, Tensor> model, Random random, Device device)
    {
        var crops = Enumerable.Range(0, batchSize).Select(_ =>
        {
            var list = byClass[random.Next(byClass.Length)];
            return list[random.Next(list.Count)];
        }).ToList();
        var image = Batch(crops).to(device);
        var labels = tensor(crops.Select(c => (long)c.ClassIndex).ToArray()).to(device);
        var spatial = zeros(new long[] { batchSize, CropSize, CropSize, CropSize }, ScalarType.Int64, device);
        (image, _) = augmentation.Apply(image, spatial, random);
        return nn.functional.cross_entropy(model.forward(image), labels);
    }

    public double Validate(nn.Module<Tensor, Tensor> model, Device device)
    {
        var correct = new int[classes];
        var total = new int[classes];
        foreach (var chunk in validation.Chunk(8))
        {
            using var scope = NewDisposeScope();
            var predicted = model.forward(Batch(chunk).to(device)).argmax(1).cpu().data<long>().ToArray();
            for (int i = 0; i < chunk.Length; i++)
            {
                total[chunk[i].ClassIndex]++;
                correct[chunk[i].ClassIndex] += predicted[i] == chunk[i].ClassIndex ? 1 : 0;
            }
        }

        var recalls = Enumerable.Range(0, classes).Where(c => total[c] > 0).Select(c => (double)correct[c] / total[c]).ToList();
        return recalls.Average();
    }

    /// <summary>[B, C, S, S, S] from crops.</summary>
    public Tensor Batch(IReadOnlyList<LesionCrop> crops)
    {
        var data = crops.SelectMany(c => LesionCropExtractor.Channels(c, input)).ToArray();
        return tensor(data).reshape(crops.Count, Channels, CropSize, CropSize, CropSize);
    }
}
