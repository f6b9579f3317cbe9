using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Blocks;

/// <summary>
/// Factories that pick the 2-D or 3-D variant of a layer, so one block definition serves the 2-D lung
/// U-Net and the 3-D lesion networks (as MONAI's <c>spatial_dims</c> argument does).
/// </summary>
public static class Layers
{
    /// <summary>Throws unless <paramref name="dimensions"/> is 2 or 3.</summary>
    public static void CheckDimensions(int dimensions)
    {
        if (dimensions is not (2 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, "Only 2-D and 3-D networks are supported.");
        }
    }

    /// <summary>A k×k(×k) convolution with "same" padding for odd k and stride 1; no bias when a norm follows.</summary>
    public static nn.Module<Tensor, Tensor> Convolution(int dimensions, long inChannels, long outChannels, long kernel, long stride = 1, bool bias = false)
    {
        CheckDimensions(dimensions);
        long padding = kernel / 2;
        return dimensions == 3
            ? nn.Conv3d(inChannels, outChannels, kernel, stride: stride, padding: padding, bias: bias)
            : nn.Conv2d(inChannels, outChannels, kernel, stride: stride, padding: padding, bias: bias);
    }

    /// <summary>Instance normalisation with a learned scale and shift per channel (2·C parameters).</summary>
    public static nn.Module<Tensor, Tensor> InstanceNorm(int dimensions, long channels)
    {
        CheckDimensions(dimensions);
        return dimensions == 3
            ? nn.InstanceNorm3d(channels, affine: true)
            : nn.InstanceNorm2d(channels, affine: true);
    }

    /// <summary>A 2×2(×2) transposed convolution with stride 2 (doubles every spatial size), no bias.</summary>
    public static nn.Module<Tensor, Tensor> UpConvolution(int dimensions, long inChannels, long outChannels)
    {
        CheckDimensions(dimensions);
        return dimensions == 3
            ? nn.ConvTranspose3d(inChannels, outChannels, 2, stride: 2, bias: false)
            : nn.ConvTranspose2d(inChannels, outChannels, 2, stride: 2, bias: false);
    }

    /// <summary>Leaky ReLU with slope 0.01, nnU-Net's default non-linearity.</summary>
    public static nn.Module<Tensor, Tensor> Activation() => nn.LeakyReLU(NegativeSlope);

    /// <summary>The negative slope of <see cref="Activation"/>.</summary>
    public const double NegativeSlope = 0.01;

    /// <summary>Global average pooling to one value per channel: [B, C, …] → [B, C].</summary>
    public static Tensor GlobalAveragePool(Tensor features)
    {
        var spatial = Enumerable.Range(2, (int)features.dim() - 2).Select(i => (long)i).ToArray();
        return features.mean(spatial);
    }
}
