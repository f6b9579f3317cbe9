using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Blocks;

/// <summary>
/// Two <see cref="ConvNormActivation"/> units, the block of the original U-Net (Ronneberger et al.,
/// MICCAI 2015) and of 3D U-Net (Çiçek et al., MICCAI 2016); the first carries the stride.
/// Input [B, Cin, (D,) H, W] → output [B, Cout, (D/s,) H/s, W/s].
/// </summary>
public sealed class PlainBlock : nn.Module<Tensor, Tensor>
{
    private readonly ConvNormActivation first;
    private readonly ConvNormActivation second;

    public PlainBlock(int dimensions, long inChannels, long outChannels, long stride = 1)
        : base(nameof(PlainBlock))
    {
        first = new ConvNormActivation(dimensions, inChannels, outChannels, 3, stride);
        second = new ConvNormActivation(dimensions, outChannels, outChannels, 3);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        return second.forward(first.forward(input)).MoveToOuterDisposeScope();
    }
}
