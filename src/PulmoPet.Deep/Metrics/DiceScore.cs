using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Metrics;

/// <summary>The Dice similarity coefficient 2|A∩B| / (|A| + |B|) of hard label maps; 1 when both are empty.</summary>
public static class DiceScore
{
    /// <summary>Dice of class <paramref name="label"/> between two label tensors of the same shape.</summary>
    public static double Of(Tensor prediction, Tensor truth, long label)
    {
        using var scope = NewDisposeScope();
        var a = prediction.eq(label);
        var b = truth.eq(label);
        double intersection = (a & b).sum().item<long>();
        double total = a.sum().item<long>() + b.sum().item<long>();
        return total == 0 ? 1.0 : 2 * intersection / total;
    }

    /// <summary>Dice of class <paramref name="label"/> between two label arrays of the same length.</summary>
    public static double Of(ReadOnlySpan<byte> prediction, ReadOnlySpan<byte> truth, byte label)
    {
        if (prediction.Length != truth.Length)
        {
            throw new ArgumentException("Dice needs label maps of the same size.");
        }

        long intersection = 0, total = 0;
        for (int i = 0; i < prediction.Length; i++)
        {
            bool a = prediction[i] == label, b = truth[i] == label;
            intersection += a && b ? 1 : 0;
            total += (a ? 1 : 0) + (b ? 1 : 0);
        }

        return total == 0 ? 1.0 : 2.0 * intersection / total;
    }
}
