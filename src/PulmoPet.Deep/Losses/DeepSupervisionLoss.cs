using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Losses;

/// <summary>
/// Deep supervision (nnU-Net): a weighted sum of the loss at each decoder level, weights ∝ 1/2^l
/// normalised to sum 1; the target is downsampled by nearest neighbour to each level's size.
/// Outputs as from <see cref="Networks.UNet.ForwardDeepSupervision"/> (full resolution first).
/// </summary>
public sealed class DeepSupervisionLoss
{
    private readonly DiceCrossEntropyLoss loss;

    public DeepSupervisionLoss(DiceCrossEntropyLoss loss) => this.loss = loss;

    /// <summary>Level weights 1, 1/2, 1/4, … divided by their sum.</summary>
    public static double[] Weights(int levels)
    {
        var raw = Enumerable.Range(0, levels).Select(l => Math.Pow(0.5, l)).ToArray();
        double total = raw.Sum();
        return raw.Select(w => w / total).ToArray();
    }

    public Tensor Compute(IReadOnlyList<Tensor> outputs, Tensor target)
    {
        using var scope = NewDisposeScope();
        var weights = Weights(outputs.Count);
        Tensor? total = null;
        for (int level = 0; level < outputs.Count; level++)
        {
            var size = outputs[level].shape.Skip(2).ToArray();
            var levelTarget = level == 0
                ? target
                : nn.functional.interpolate(target.unsqueeze(1).to_type(ScalarType.Float32), size, mode: InterpolationMode.Nearest)
                    .squeeze(1).to_type(ScalarType.Int64);
            var term = weights[level] * loss.Compute(outputs[level], levelTarget);
            total = total is null ? term : total + term;
        }

        return total!.MoveToOuterDisposeScope();
    }
}
