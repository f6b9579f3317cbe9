using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Inference;

/// <summary>
/// Sliding-window inference with overlapping windows and Gaussian weighting (nnU-Net; Isensee et al.,
/// Nat Methods 2021): the image [C, D, H, W] (or [C, H, W]) is padded up to the patch size where smaller,
/// covered by windows whose starts are evenly spaced so neighbours overlap by at least
/// <see cref="Overlap"/>, and the softmax outputs are averaged with <see cref="GaussianImportanceMap"/>
/// weights. Returns class probabilities [K, D, H, W] on the input grid.
/// </summary>
public sealed class SlidingWindowInferer
{
    public const double DefaultOverlap = 0.5;

    public SlidingWindowInferer(long[] patchSize, double overlap = DefaultOverlap, int batchSize = 1)
    {
        ArgumentNullException.ThrowIfNull(patchSize);
        if (patchSize.Length is not (2 or 3) || patchSize.Any(p => p < 1) || overlap is < 0 or >= 1 || batchSize < 1)
        {
            throw new ArgumentException("The sliding window needs 2 or 3 positive patch sizes, an overlap in [0, 1) and a batch size ≥ 1.");
        }

        PatchSize = patchSize;
        Overlap = overlap;
        BatchSize = batchSize;
    }

    public long[] PatchSize { get; }

    public double Overlap { get; }

    public int BatchSize { get; }

    /// <summary>Window starts along one axis: ⌈(n − p) / (p(1 − overlap))⌉ + 1 evenly spaced positions from 0 to n − p.</summary>
    public static long[] WindowStarts(long imageSize, long patchSize, double overlap)
    {
        if (imageSize <= patchSize)
        {
            return [0];
        }

        double stride = patchSize * (1 - overlap);
        int count = (int)Math.Ceiling((imageSize - patchSize) / stride) + 1;
        double step = (double)(imageSize - patchSize) / (count - 1);
        return Enumerable.Range(0, count).Select(i => (long)Math.Round(i * step)).ToArray();
    }

    /// <summary>Class probabilities [K, …spatial] for an image [C, …spatial]; the model returns logits [B, K, …patch].</summary>
    public Tensor Predict(nn.Module<Tensor, Tensor> model, Tensor image)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(image);
        int dims = PatchSize.Length;
        if (image.dim() != dims + 1)
        {
            throw new ArgumentException($"The sliding window with a {dims}-D patch expects an image [C, …] of rank {dims + 1}; got rank {image.dim()}.");
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var spatial = image.shape.Skip(1).ToArray();
        var padded = PadToPatch(image, spatial);
        var paddedSize = padded.shape.Skip(1).ToArray();
        var weights = GaussianImportanceMap.Create(PatchSize).to(image.device);
        var starts = Enumerable.Range(0, dims).Select(a => WindowStarts(paddedSize[a], PatchSize[a], Overlap)).ToArray();
        var windows = Cartesian(starts).ToList();

        Tensor? sum = null;
        var weightSum = zeros(paddedSize, device: image.device);
        for (int first = 0; first < windows.Count; first += BatchSize)
        {
            var batch = windows.Skip(first).Take(BatchSize).ToList();
            var input = stack(batch.Select(w => Window(padded, w, leading: 1)).ToArray());
            var probabilities = nn.functional.softmax(model.forward(input), 1);
            sum ??= zeros(new[] { probabilities.shape[1] }.Concat(paddedSize).ToArray(), device: image.device);
            for (int b = 0; b < batch.Count; b++)
            {
                var target = Window(sum, batch[b], leading: 1);
                target.add_(probabilities[b] * weights);
                Window(weightSum, batch[b], leading: 0).add_(weights);
            }
        }

        var averaged = sum! / weightSum;
        var cropped = averaged;
        for (int a = 0; a < dims; a++)
        {
            cropped = cropped.narrow(a + 1, 0, spatial[a]);
        }

        return cropped.contiguous().MoveToOuterDisposeScope();
    }

    private Tensor PadToPatch(Tensor image, long[] spatial)
    {
        // torch pad takes (last-axis before, after, second-to-last before, after, …).
        var pad = new long[2 * spatial.Length];
        bool any = false;
        for (int a = 0; a < spatial.Length; a++)
        {
            long extra = Math.Max(0, PatchSize[a] - spatial[a]);
            pad[2 * (spatial.Length - 1 - a) + 1] = extra;
            any |= extra > 0;
        }

        return any ? nn.functional.pad(image, pad) : image;
    }

    private Tensor Window(Tensor tensor, long[] start, int leading)
    {
        var view = tensor;
        for (int a = 0; a < start.Length; a++)
        {
            view = view.narrow(a + leading, start[a], PatchSize[a]);
        }

        return view;
    }

    private static IEnumerable<long[]> Cartesian(long[][] axes)
    {
        IEnumerable<long[]> result = [[]];
        foreach (var axis in axes)
        {
            result = result.SelectMany(prefix => axis.Select(s => prefix.Append(s).ToArray())).ToList();
        }

        return result;
    }
}
