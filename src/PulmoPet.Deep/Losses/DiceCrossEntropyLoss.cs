using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Losses;

/// <summary>
/// Soft Dice plus cross-entropy, nnU-Net's default segmentation loss (Isensee et al., Nat Methods 2021):
/// L = w_ce · CE(z, y) + w_dice · (1 − mean_c D_c), with the batch soft Dice of class c
/// D_c = (2 Σ p_c t_c + s) / (Σ p_c + Σ t_c + s), p = softmax(z) and t the one-hot target, sums over the
/// batch and every voxel. Logits z [B, C, …spatial], target y [B, …spatial] (int64 class indices).
/// </summary>
public sealed class DiceCrossEntropyLoss
{
    /// <summary>The smoothing term s of the soft Dice (nnU-Net uses 1e-5).</summary>
    public const double DefaultSmooth = 1e-5;

    public double CrossEntropyWeight { get; init; } = 1.0;

    public double DiceWeight { get; init; } = 1.0;

    /// <summary>Whether class 0 (background) enters the mean Dice; nnU-Net leaves it out.</summary>
    public bool IncludeBackground { get; init; }

    public double Smooth { get; init; } = DefaultSmooth;

    /// <summary>The scalar loss for logits [B, C, …] and class indices [B, …].</summary>
    public Tensor Compute(Tensor logits, Tensor target)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(target);
        if (logits.dim() != target.dim() + 1 || logits.shape[0] != target.shape[0]
            || !logits.shape.Skip(2).SequenceEqual(target.shape.Skip(1)))
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"Logits [{string.Join(", ", logits.shape)}] and target [{string.Join(", ", target.shape)}] must be [B, C, …] and [B, …]."));
        }

        using var scope = NewDisposeScope();
        var classes = logits.shape[1];
        var labels = target.to_type(ScalarType.Int64);
        var crossEntropy = nn.functional.cross_entropy(logits, labels);
        var probabilities = nn.functional.softmax(logits, 1);
        var oneHot = OneHot(labels, classes, probabilities.dtype);
        var reduce = new long[] { 0 }.Concat(Enumerable.Range(2, (int)logits.dim() - 2).Select(i => (long)i)).ToArray();
        var intersection = (probabilities * oneHot).sum(reduce);
        var denominator = probabilities.sum(reduce) + oneHot.sum(reduce);
        var dice = (2 * intersection + Smooth) / (denominator + Smooth);
        if (!IncludeBackground && classes > 1)
        {
            dice = dice.narrow(0, 1, classes - 1);
        }

        var loss = CrossEntropyWeight * crossEntropy + DiceWeight * (1 - dice.mean());
        return loss.MoveToOuterDisposeScope();
    }

    /// <summary>One-hot encoding [B, …] → [B, C, …].</summary>
    public static Tensor OneHot(Tensor labels, long classes, ScalarType dtype)
    {
        int rank = (int)labels.dim() + 1;
        var permutation = new long[] { 0, rank - 1 }.Concat(Enumerable.Range(1, rank - 2).Select(i => (long)i)).ToArray();
        return nn.functional.one_hot(labels, classes).permute(permutation).to_type(dtype);
    }
}
