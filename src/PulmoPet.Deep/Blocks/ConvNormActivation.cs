using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Blocks;

/// <summary>
/// Convolution → instance norm → leaky ReLU, the basic unit of nnU-Net (Isensee et al., Nat Methods
/// 2021). Input [B, Cin, (D,) H, W] → output [B, Cout, (D,) H/s, W/s] for stride s.
/// </summary>
public sealed class ConvNormActivation : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> conv;
    private readonly nn.Module<Tensor, Tensor> norm;
    private readonly nn.Module<Tensor, Tensor> activation;

    public ConvNormActivation(int dimensions, long inChannels, long outChannels, long kernel = 3, long stride = 1)
        : base(nameof(ConvNormActivation))
    {
        conv = Layers.Convolution(dimensions, inChannels, outChannels, kernel, stride);
        norm = Layers.InstanceNorm(dimensions, outChannels);
        activation = Layers.Activation();
        RegisterComponents();
    }

    public override Tensor forward(Tensor input) => activation.forward(norm.forward(conv.forward(input)));
}
