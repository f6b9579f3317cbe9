using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests.Native;

/// <summary>The native set-up: libtorch loads and a 3-D convolution runs forwards and backwards.</summary>
public sealed class NativeLibraryTests
{
    [Fact]
    public void Conv3dForwardAndBackwardRun()
    {
        using var scope = NewDisposeScope();
        torch.manual_seed(1);
        using var conv = nn.Conv3d(2, 4, 3, padding: 1);
        var input = ones(new long[] { 1, 2, 8, 8, 8 });
        var output = conv.forward(input);
        Assert.Equal(new long[] { 1, 4, 8, 8, 8 }, output.shape);
        output.sum().backward();
        // d(sum)/d(bias) = number of output voxels per channel: 8³ = 512.
        var biasGradient = conv.bias!.grad!;
        Assert.All(biasGradient.data<float>().ToArray(), g => Assert.Equal(512f, g, 3));
    }
}
