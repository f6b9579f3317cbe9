using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Training;

/// <summary>
/// Random augmentation of a training batch: image [B, C, …spatial] (float) and labels [B, …spatial]
/// (int64). Flips, small rotations and scalings (affine grid + bilinear resampling for the image,
/// nearest for the labels), per-channel intensity scale/shift and Gaussian noise. Random choices come
/// from the given <see cref="Random"/>; the noise from TorchSharp's seeded generator.
/// </summary>
public sealed class Augmentation
{
    private readonly AugmentationOptions options;

    public Augmentation(AugmentationOptions options) => this.options = options ?? throw new ArgumentNullException(nameof(options));

    public (Tensor Image, Tensor Labels) Apply(Tensor image, Tensor labels, Random random)
    {
        using var scope = NewDisposeScope();
        var images = new List<Tensor>();
        var labelMaps = new List<Tensor>();
        for (long b = 0; b < image.shape[0]; b++)
        {
            var (x, y) = ApplyOne(image[b].unsqueeze(0), labels[b].unsqueeze(0), random);
            images.Add(x);
            labelMaps.Add(y);
        }

        return (cat(images, 0).MoveToOuterDisposeScope(), cat(labelMaps, 0).MoveToOuterDisposeScope());
    }

    private (Tensor Image, Tensor Labels) ApplyOne(Tensor image, Tensor labels, Random random)
    {
        int dims = (int)image.dim() - 2;
        for (int axis = 0; axis < dims; axis++)
        {
            if (random.NextDouble() < options.FlipProbability)
            {
                (image, labels) = Flip(image, labels, axis);
            }
        }

        if (random.NextDouble() < options.AffineProbability)
        {
            double scale = 1 + (2 * random.NextDouble() - 1) * options.MaxScaleChange;
            var angles = Enumerable.Range(0, dims == 3 ? 3 : 1)
                .Select(_ => (2 * random.NextDouble() - 1) * options.MaxRotationDegrees * Math.PI / 180).ToArray();
            (image, labels) = Affine(image, labels, angles, scale);
        }

        if (random.NextDouble() < options.IntensityProbability)
        {
            var scales = Enumerable.Range(0, (int)image.shape[1]).Select(_ => 1 + (2 * random.NextDouble() - 1) * options.MaxIntensityScaleChange).ToArray();
            var shifts = Enumerable.Range(0, (int)image.shape[1]).Select(_ => (2 * random.NextDouble() - 1) * options.MaxIntensityShift).ToArray();
            image = ScaleAndShift(image, scales, shifts);
        }

        if (random.NextDouble() < options.NoiseProbability)
        {
            image = image + randn_like(image) * (random.NextDouble() * options.MaxNoiseSigma);
        }

        return (image, labels);
    }

    /// <summary>Mirrors spatial axis <paramref name="axis"/> (0 = first spatial axis) of image [1, C, …] and labels [1, …].</summary>
    public static (Tensor Image, Tensor Labels) Flip(Tensor image, Tensor labels, int axis) =>
        (image.flip(axis + 2), labels.flip(axis + 1));

    /// <summary>Per-channel x → scales[c]·x + shifts[c] on an image [B, C, …].</summary>
    public static Tensor ScaleAndShift(Tensor image, double[] scales, double[] shifts)
    {
        var shape = new long[image.dim()];
        Array.Fill(shape, 1L);
        shape[1] = image.shape[1];
        var a = tensor(scales.Select(s => (float)s).ToArray()).reshape(shape).to(image.device);
        var b = tensor(shifts.Select(s => (float)s).ToArray()).reshape(shape).to(image.device);
        return image * a + b;
    }

    /// <summary>
    /// Rotates (angles in radians: one for 2-D; about the three axes for 3-D) and scales (&gt; 1 enlarges
    /// content) image [1, C, …] and labels [1, …] about the centre. Angle 0 and scale 1 is the identity.
    /// </summary>
    public static (Tensor Image, Tensor Labels) Affine(Tensor image, Tensor labels, double[] angles, double scale)
    {
        int dims = (int)image.dim() - 2;
        var matrix = dims == 3 ? Rotation3(angles) : Rotation2(angles[0]);
        var theta = new float[dims * (dims + 1)];
        for (int r = 0; r < dims; r++)
        {
            for (int c = 0; c < dims; c++)
            {
                theta[r * (dims + 1) + c] = (float)(matrix[r, c] / scale);
            }
        }

        var thetaTensor = tensor(theta).reshape(1, dims, dims + 1).to(image.device);
        var grid = nn.functional.affine_grid(thetaTensor, image.shape, align_corners: false);
        var warped = nn.functional.grid_sample(image, grid, GridSampleMode.Bilinear, GridSamplePaddingMode.Border, align_corners: false);
        var warpedLabels = nn.functional.grid_sample(labels.unsqueeze(1).to_type(ScalarType.Float32), grid, GridSampleMode.Nearest, GridSamplePaddingMode.Zeros, align_corners: false)
            .squeeze(1).round().to_type(labels.dtype);
        return (warped, warpedLabels);
    }

    private static double[,] Rotation2(double angle) =>
        new[,] { { Math.Cos(angle), -Math.Sin(angle) }, { Math.Sin(angle), Math.Cos(angle) } };

    private static double[,] Rotation3(double[] angles)
    {
        var result = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        for (int axis = 0; axis < 3; axis++)
        {
            double c = Math.Cos(angles[axis]), s = Math.Sin(angles[axis]);
            int i = (axis + 1) % 3, j = (axis + 2) % 3;
            var rotation = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
            rotation[i, i] = c;
            rotation[i, j] = -s;
            rotation[j, i] = s;
            rotation[j, j] = c;
            result = Multiply(rotation, result);
        }

        return result;
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var product = new double[3, 3];
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                product[r, c] = a[r, 0] * b[0, c] + a[r, 1] * b[1, c] + a[r, 2] * b[2, c];
            }
        }

        return product;
    }
}
