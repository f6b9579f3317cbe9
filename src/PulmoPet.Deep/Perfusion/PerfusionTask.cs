using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Perfusion;

/// <summary>
/// CT-to-perfusion regression on lung-centred patches: input the CT channel, output p = softmax(logits)[1]
/// (a sigmoid of the logit difference), loss the mean squared error to the scaled perfusion over lung voxels.
/// Augmentation: random flips along each axis, applied alike to CT, target and mask (intensity changes would
/// corrupt the target). Validation: mean over cases of the voxel-wise Pearson correlation inside the lungs
/// (a cheap stand-in for the Spearman correlation that the evaluation reports).
/// </summary>
public sealed class PerfusionTask : ITrainingTask
{
    private readonly IReadOnlyList<SegmentationCase> training;
    private readonly IReadOnlyList<PerfusionCase> validation;
    private readonly PatchSampler sampler;
    private readonly int batchSize;

    public PerfusionTask(IReadOnlyList<PerfusionCase> training, IReadOnlyList<PerfusionCase> validation, long[] patchSize, int batchSize)
    {
        if (training is null || training.Count == 0 || validation is null || validation.Count == 0)
        {
            throw new ArgumentException("Perfusion training needs at least one training and one validation case.");
        }

        ArgumentNullException.ThrowIfNull(patchSize);
        this.training = training.Select(c => c.Case).ToList();
        this.validation = validation;
        sampler = new PatchSampler((int)patchSize[0], (int)patchSize[1], (int)patchSize[2], foregroundProbability: 1);
        this.batchSize = batchSize;
        PatchSize = patchSize;
    }

    public long[] PatchSize { get; }

    public Tensor TrainingLoss(nn.Module<Tensor, Tensor> model, Random random, Device device)
    {
        long patch = sampler.PatchVoxels;
        var image = new float[batchSize * 2 * patch];
        var mask = new byte[batchSize * patch];
        for (int b = 0; b < batchSize; b++)
        {
            sampler.Sample(training[random.Next(training.Count)], random, image.AsSpan((int)(b * 2 * patch), (int)(2 * patch)), mask.AsSpan((int)(b * patch), (int)patch));
        }

        var batch = tensor(image).reshape(batchSize, 2, sampler.Depth, sampler.Height, sampler.Width).to(device);
        var weights = tensor(mask).reshape(batchSize, 1, sampler.Depth, sampler.Height, sampler.Width).to_type(ScalarType.Float32).to(device);
        for (long axis = 2; axis < 5; axis++)
        {
            if (random.NextDouble() < 0.5)
            {
                batch = batch.flip(axis);
                weights = weights.flip(axis);
            }
        }

        var input = batch.narrow(1, 0, 1);
        var target = batch.narrow(1, 1, 1);
        var predicted = nn.functional.softmax(model.forward(input), 1).narrow(1, 1, 1);
        return ((predicted - target).square() * weights).sum() / (weights.sum() + 1);
    }

    public double Validate(nn.Module<Tensor, Tensor> model, Device device)
    {
        double total = 0;
        foreach (PerfusionCase item in validation)
        {
            float[] predicted = PerfusionPredictor.PredictCrop(model, item.Case, PatchSize, device);
            total += LungPearson(predicted, PerfusionData.TargetPerfusion(item.Case), item.Case.Labels);
        }

        return total / validation.Count;
    }

    /// <summary>Pearson r of two images over the voxels where <paramref name="mask"/> is nonzero (0 when either is constant).</summary>
    public static double LungPearson(float[] a, float[] b, byte[] mask)
    {
        double n = 0, sa = 0, sb = 0;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                n++;
                sa += a[i];
                sb += b[i];
            }
        }

        double ma = sa / n, mb = sb / n, cab = 0, caa = 0, cbb = 0;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                double da = a[i] - ma, db = b[i] - mb;
                cab += da * db;
                caa += da * da;
                cbb += db * db;
            }
        }

        return caa > 0 && cbb > 0 ? cab / Math.Sqrt(caa * cbb) : 0;
    }
}
