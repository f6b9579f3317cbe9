using PulmoPet.Deep.Networks;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests.Networks;

public sealed class UNetTests
{
    [Fact]
    public void ResidualUNet3dKeepsSpatialSizeAndOutputsOneLogitPerClass()
    {
        torch.manual_seed(1);
        using var net = new UNet(UNetOptions.LesionSegmentation3d);
        using var output = net.forward(Make.Random(1, 2, 16, 16, 16));
        TensorAssert.Shape(output, 1, 2, 16, 16, 16);
    }

    [Fact]
    public void LungUNet2dOutputsThreeClasses()
    {
        torch.manual_seed(1);
        using var net = new UNet(UNetOptions.LungMask2d);
        using var output = net.forward(Make.Random(2, 1, 32, 48));
        TensorAssert.Shape(output, 2, 3, 32, 48);
    }

    [Fact]
    public void DeepSupervisionReturnsCoarserLevelsFinestFirst()
    {
        torch.manual_seed(1);
        using var net = new UNet(UNetOptions.LesionSegmentation3d with { BaseChannels = 4, Depth = 3, DeepSupervision = true });
        var outputs = net.ForwardDeepSupervision(Make.Random(1, 2, 16, 16, 8));
        Assert.Equal(3, outputs.Count);
        TensorAssert.Shape(outputs[0], 1, 2, 16, 16, 8);
        TensorAssert.Shape(outputs[1], 1, 2, 8, 8, 4);
        TensorAssert.Shape(outputs[2], 1, 2, 4, 4, 2);
    }

    [Fact]
    public void SpatialSizesMustBeDivisibleByTwoToTheDepth()
    {
        using var net = new UNet(UNetOptions.LesionSegmentation3d with { Depth = 2, BaseChannels = 2 });
        var error = Assert.Throws<ArgumentException>(() => net.forward(Make.Zeros(1, 2, 8, 8, 6)));
        Assert.Contains("divisible by 2^depth = 4", error.Message);
    }

    [Fact]
    public void ParameterCountOfTinyResidualUNetMatchesHandCount()
    {
        // 3-D, 2 → 2 classes, base 2, depth 1, residual; conv weights Cin·Cout·27, no conv bias before a norm,
        // each instance norm 2·C:
        //   encoder 0, 2→2 (identity shortcut): 108 + 4 + 108 + 4                    = 224
        //   encoder 1, 2→4 stride 2: 216 + 8 + 432 + 8 + shortcut 1×1 (8) + norm (8)  = 680
        //   up-convolution 4→2, 2×2×2, no bias: 4·2·8                                = 64
        //   decoder, 4→2: 216 + 4 + 108 + 4 + shortcut 8 + norm 4                    = 344
        //   head 1×1 2→2 with bias: 4 + 2                                            = 6
        var options = new UNetOptions { Dimensions = 3, InChannels = 2, Classes = 2, BaseChannels = 2, Depth = 1, Residual = true };
        using var net = new UNet(options);
        Assert.Equal(224 + 680 + 64 + 344 + 6, TensorAssert.ParameterCount(net));
    }

    [Fact]
    public void ParameterCountOfTinyPlainUNet2dMatchesHandCount()
    {
        // 2-D, 1 channel → 3 classes, base 2, depth 1, plain blocks (two conv-norm-act), conv weights Cin·Cout·9:
        //   encoder 0: 1→2 (18 + 4) and 2→2 (36 + 4)        = 62
        //   encoder 1: 2→4 (72 + 8) and 4→4 (144 + 8)       = 232
        //   up-convolution 4→2, 2×2: 4·2·4                  = 32
        //   decoder: 4→2 (72 + 4) and 2→2 (36 + 4)          = 116
        //   head 1×1 2→3 with bias: 6 + 3                   = 9
        var options = new UNetOptions { Dimensions = 2, InChannels = 1, Classes = 3, BaseChannels = 2, Depth = 1, Residual = false };
        using var net = new UNet(options);
        Assert.Equal(62 + 232 + 32 + 116 + 9, TensorAssert.ParameterCount(net));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GradientsReachEveryParameter(bool residual)
    {
        torch.manual_seed(3);
        using var net = new UNet(new UNetOptions { BaseChannels = 2, Depth = 2, Residual = residual, DeepSupervision = true });
        var outputs = net.ForwardDeepSupervision(Make.Random(2, 2, 8, 8, 8));
        var loss = outputs.Select(o => (o * randn_like(o)).sum()).Aggregate((a, b) => a + b);
        loss.backward();
        TensorAssert.AllParametersHaveGradients(net);
    }
}
