using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Inference;

/// <summary>
/// nnU-Net's importance weighting for sliding-window inference (Isensee et al., Nat Methods 2021): a
/// separable Gaussian over the patch, σ = patch size / 8 per axis, peak 1 at the patch centre, so voxels
/// near a window's border (less context) count less where windows overlap. Zeros are raised to the
/// smallest positive value so every voxel keeps some weight.
/// </summary>
public static class GaussianImportanceMap
{
    public const double SigmaFraction = 1.0 / 8.0;

    /// <summary>The map [d, h, w] (or [h, w] for two sizes) as float32.</summary>
    public static Tensor Create(params long[] patchSize)
    {
        using var scope = NewDisposeScope();
        Tensor? map = null;
        foreach (long size in patchSize)
        {
            double centre = (size - 1) / 2.0;
            double sigma = Math.Max(size * SigmaFraction, 1e-3);
            var values = new float[size];
            for (int i = 0; i < size; i++)
            {
                values[i] = (float)Math.Exp(-(i - centre) * (i - centre) / (2 * sigma * sigma));
            }

            var axis = tensor(values);
            map = map is null ? axis : map.unsqueeze(-1) * axis;
        }

        var result = map!;
        var positive = result[result > 0];
        float floor = positive.numel() > 0 ? positive.min().item<float>() : 1f;
        return result.clamp_min(floor).MoveToOuterDisposeScope();
    }
}
