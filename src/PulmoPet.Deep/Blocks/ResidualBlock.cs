using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Blocks;

/// <summary>
/// A residual block (He et al., CVPR 2016) as used in nnU-Net's residual encoder: conv(3, stride s) →
/// norm → leaky ReLU → conv(3) → norm, plus a shortcut (identity, or a 1×1 convolution with stride s
/// and a norm when channels or size change), then leaky ReLU.
/// Input [B, Cin, (D,) H, W] → output [B, Cout, (D/s,) H/s, W/s].
/// Parameters: 9·Cin·Cout (3-D: 27·Cin·Cout) + 9·Cout² (27·Cout²) + 4·Cout, plus Cin·Cout + 2·Cout for a projection shortcut.
/// </summary>
public sealed class ResidualBlock : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> conv1;
    private readonly nn.Module<Tensor, Tensor> norm1;
    private readonly nn.Module<Tensor, Tensor> activation1;
    private readonly nn.Module<Tensor, Tensor> conv2;
    private readonly nn.Module<Tensor, Tensor> norm2;
    private readonly nn.Module<Tensor, Tensor>? shortcutConv;
    private readonly nn.Module<Tensor, Tensor>? shortcutNorm;
    private readonly nn.Module<Tensor, Tensor> activation2;

    public ResidualBlock(int dimensions, long inChannels, long outChannels, long stride = 1)
        : base(nameof(ResidualBlock))
    {
        conv1 = Layers.Convolution(dimensions, inChannels, outChannels, 3, stride);
        norm1 = Layers.InstanceNorm(dimensions, outChannels);
        activation1 = Layers.Activation();
        conv2 = Layers.Convolution(dimensions, outChannels, outChannels, 3);
        norm2 = Layers.InstanceNorm(dimensions, outChannels);
        if (inChannels != outChannels || stride != 1)
        {
            shortcutConv = Layers.Convolution(dimensions, inChannels, outChannels, 1, stride);
            shortcutNorm = Layers.InstanceNorm(dimensions, outChannels);
        }

        activation2 = Layers.Activation();
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var residual = norm2.forward(conv2.forward(activation1.forward(norm1.forward(conv1.forward(input)))));
        var shortcut = shortcutConv is null ? input : shortcutNorm!.forward(shortcutConv.forward(input));
        return activation2.forward(residual + shortcut).MoveToOuterDisposeScope();
    }
}
