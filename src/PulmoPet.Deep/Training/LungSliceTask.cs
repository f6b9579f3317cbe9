using PulmoPet.Deep.Data;
using PulmoPet.Deep.Losses;
using PulmoPet.Deep.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Training;

/// <summary>
/// Training of the 2-D lung-mask U-Net (as lungmask, Hofmanninger et al., Eur Radiol Exp 2020) on axial
/// slices: random slices (half of them with lung) centred in a <see cref="CropSize"/>² input (randomly
/// cropped when larger), anterior–posterior flips and intensity augmentation, Dice + cross-entropy. Validation: every
/// validation slice zero-padded to a multiple of 2^depth, mean Dice of right and left lung.
/// </summary>
public sealed class LungSliceTask : ITrainingTask
{
    private readonly IReadOnlyList<SliceCase> training;
    private readonly IReadOnlyList<SliceCase> validation;
    private readonly int batchSize;
    private readonly int multiple;
    private readonly Augmentation augmentation;
    private readonly DiceCrossEntropyLoss loss = new();

    public LungSliceTask(IReadOnlyList<SliceCase> training, IReadOnlyList<SliceCase> validation, int cropSize, int batchSize, int depth, AugmentationOptions? augmentation = null)
    {
        if (training is null || training.Count == 0 || validation is null || validation.Count == 0 || cropSize < 1 << depth || cropSize % (1 << depth) != 0 || batchSize < 1)
        {
            throw new ArgumentException("Lung training needs training and validation slices, a crop size divisible by 2^depth and a positive batch size.");
        }

        this.training = training;
        this.validation = validation;
        CropSize = cropSize;
        this.batchSize = batchSize;
        multiple = 1 << depth;
        // Left–right flips would swap the meaning of the two lungs: only the anterior–posterior flip below is used.
        this.augmentation = new Augmentation((augmentation ?? new AugmentationOptions { AffineProbability = 0 }) with { FlipProbability = 0 });
    }

    public int CropSize { get; }

    public Tensor TrainingLoss(nn.Module<Tensor, Tensor> model, Random random, Device device)
    {
        int n = CropSize * CropSize;
        var image = new float[batchSize * n];
        var labels = new byte[batchSize * n];
        for (int b = 0; b < batchSize; b++)
        {
            var source = training[random.Next(training.Count)];
            int z = random.Next(source.Slices);
            if (random.NextDouble() < 0.5)
            {
                // Prefer a slice with lung: try a few.
                for (int attempt = 0; attempt < 8 && !HasLung(source, z); attempt++)
                {
                    z = random.Next(source.Slices);
                }
            }

            // Telling right from left needs the whole chest in view, so a slice that fits is centred in
            // the crop (padded with air); only larger slices are cropped at random.
            int y0 = source.Height <= CropSize ? -(CropSize - source.Height) / 2 : random.Next(source.Height - CropSize + 1);
            int x0 = source.Width <= CropSize ? -(CropSize - source.Width) / 2 : random.Next(source.Width - CropSize + 1);
            for (int y = 0; y < CropSize; y++)
            {
                for (int x = 0; x < CropSize; x++)
                {
                    int sy = y0 + y, sx = x0 + x;
                    int target = b * n + y * CropSize + x;
                    if ((uint)sy < (uint)source.Height && (uint)sx < (uint)source.Width)
                    {
                        int i = (z * source.Height + sy) * source.Width + sx;
                        image[target] = source.Image[i];
                        labels[target] = source.Labels[i];
                    }
                    else
                    {
                        image[target] = -1f;
                    }
                }
            }
        }

        var imageTensor = tensor(image).reshape(batchSize, 1, CropSize, CropSize).to(device);
        var labelTensor = tensor(labels).reshape(batchSize, CropSize, CropSize).to_type(ScalarType.Int64).to(device);
        (imageTensor, labelTensor) = augmentation.Apply(imageTensor, labelTensor, random);
        if (random.NextDouble() < 0.5)
        {
            (imageTensor, labelTensor) = Augmentation.Flip(imageTensor, labelTensor, 0);
        }

        return loss.Compute(model.forward(imageTensor), labelTensor);
    }

    public double Validate(nn.Module<Tensor, Tensor> model, Device device)
    {
        double total = 0;
        int count = 0;
        foreach (var item in validation)
        {
            var predicted = Predict(model, item, device);
            for (byte label = 1; label <= 2; label++)
            {
                total += DiceScore.Of(predicted, item.Labels, label);
                count++;
            }
        }

        return total / count;
    }

    /// <summary>Label slices [Z, H, W] predicted slice by slice, each centred as in training.</summary>
    public byte[] Predict(nn.Module<Tensor, Tensor> model, SliceCase item, Device device) => PredictSlices(model, item, CropSize, multiple, device);

    /// <summary>
    /// Predicts every slice centred in an input of max(<paramref name="inputSize"/>, size rounded up to a
    /// multiple of <paramref name="multiple"/>) per axis, padded with air (−1), as in training.
    /// </summary>
    public static byte[] PredictSlices(nn.Module<Tensor, Tensor> model, SliceCase item, int inputSize, int multiple, Device device)
    {
        int h = Math.Max(inputSize, (item.Height + multiple - 1) / multiple * multiple);
        int w = Math.Max(inputSize, (item.Width + multiple - 1) / multiple * multiple);
        int top = (h - item.Height) / 2, left = (w - item.Width) / 2;
        var result = new byte[item.Image.Length];
        using var noGrad = no_grad();
        for (int z = 0; z < item.Slices; z++)
        {
            using var scope = NewDisposeScope();
            var slice = tensor(item.Image.AsSpan(z * item.Height * item.Width, item.Height * item.Width).ToArray()).reshape(1, 1, item.Height, item.Width);
            var padded = nn.functional.pad(slice, [left, w - item.Width - left, top, h - item.Height - top], value: -1).to(device);
            var labels = model.forward(padded).argmax(1)[0].narrow(0, top, item.Height).narrow(1, left, item.Width).to_type(ScalarType.Byte).cpu().contiguous();
            labels.data<byte>().CopyTo(result, z * item.Height * item.Width);
        }

        return result;
    }

    private static bool HasLung(SliceCase item, int z) =>
        item.Labels.AsSpan(z * item.Height * item.Width, item.Height * item.Width).IndexOfAnyExcept((byte)0) >= 0;
}
