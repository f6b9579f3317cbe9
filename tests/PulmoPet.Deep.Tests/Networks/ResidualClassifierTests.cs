using PulmoPet.Deep.Networks;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests.Networks;

public sealed class ResidualClassifierTests
{
    [Theory]
    [InlineData(ClassifierInput.Ct, 1)]
    [InlineData(ClassifierInput.Pet, 1)]
    [InlineData(ClassifierInput.Fused, 2)]
    public void LesionClassifierOutputsFourLogitsPerCrop(ClassifierInput input, int channels)
    {
        torch.manual_seed(1);
        var options = ClassifierOptions.Lesion3d(input);
        Assert.Equal(channels, options.InChannels);
        using var net = new ResidualClassifier(options);
        using var logits = net.forward(Make.Random(3, channels, 16, 16, 16));
        TensorAssert.Shape(logits, 3, 4);
    }

    [Fact]
    public void EgfrNetworkTakes64By64ThreeChannelCrops()
    {
        torch.manual_seed(1);
        using var net = new ResidualClassifier(ClassifierOptions.Egfr2d);
        using var features = net.Features(Make.Random(2, 3, 64, 64));
        TensorAssert.Shape(features, 2, 128, 8, 8); // 16·2³ channels, 64 / 2³
        using var logits = net.forward(Make.Random(2, 3, 64, 64));
        TensorAssert.Shape(logits, 2, 2);
    }

    [Fact]
    public void ParameterCountOfTiny3dClassifierMatchesHandCount()
    {
        // 3-D, 2 channels, 4 classes, base 2, 2 stages:
        //   stem conv 2→2 (2·2·27 = 108) + norm 4                        = 112
        //   stage 0 residual 2→2: 108 + 4 + 108 + 4                      = 224
        //   stage 1 residual 2→4 stride 2: 216 + 8 + 432 + 8 + 8 + 8     = 680
        //   linear 4→4: 16 + 4                                           = 20
        using var net = new ResidualClassifier(new ClassifierOptions { InChannels = 2, Classes = 4, BaseChannels = 2, Stages = 2 });
        Assert.Equal(112 + 224 + 680 + 20, TensorAssert.ParameterCount(net));
    }

    [Fact]
    public void ParameterCountOfTiny2dClassifierMatchesHandCount()
    {
        // 2-D, 3 channels, 2 classes, base 2, 1 stage: stem 3·2·9 + 4 = 58; residual 2→2: 36 + 4 + 36 + 4 = 80; linear 2·2 + 2 = 6.
        using var net = new ResidualClassifier(new ClassifierOptions { Dimensions = 2, InChannels = 3, Classes = 2, BaseChannels = 2, Stages = 1 });
        Assert.Equal(58 + 80 + 6, TensorAssert.ParameterCount(net));
    }

    [Fact]
    public void GradientsReachEveryParameter()
    {
        torch.manual_seed(2);
        using var net = new ResidualClassifier(new ClassifierOptions { InChannels = 2, Classes = 4, BaseChannels = 2, Stages = 2, Dropout = 0 });
        var logits = net.forward(Make.Random(4, 2, 8, 8, 8));
        nn.functional.cross_entropy(logits, tensor(new long[] { 0, 1, 2, 3 })).backward();
        TensorAssert.AllParametersHaveGradients(net);
    }
}
