using PulmoPet.Deep.Inference;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests.Inference;

public sealed class SlidingWindowInfererTests
{
    [Theory]
    [InlineData(20, 8, 0.5, new long[] { 0, 4, 8, 12 })] // ⌈12/4⌉ + 1 = 4 windows, step 12/3
    [InlineData(10, 8, 0.5, new long[] { 0, 2 })]        // ⌈2/4⌉ + 1 = 2 windows
    [InlineData(8, 8, 0.5, new long[] { 0 })]
    [InlineData(5, 8, 0.5, new long[] { 0 })]            // padded up to the patch
    public void WindowStartsCoverTheAxisWithTheRequestedOverlap(long size, long patch, double overlap, long[] expected) =>
        Assert.Equal(expected, SlidingWindowInferer.WindowStarts(size, patch, overlap));

    [Fact]
    public void GaussianMapPeaksAtTheCentreWithSigmaOneEighthOfThePatch()
    {
        // Size 9: centre 4, σ = 9/8; one σ from the centre the value is e^(−1/2) along that axis.
        var map = GaussianImportanceMap.Create(9, 9, 9);
        Assert.Equal(1f, map[4, 4, 4].item<float>(), 6);
        double at = Math.Exp(-1.0 / 2 / (9.0 / 8 * 9.0 / 8));
        Assert.Equal(at, map[4, 4, 5].item<float>(), 5);
        Assert.Equal(map[4, 4, 3].item<float>(), map[4, 4, 5].item<float>(), 6);
        Assert.True(map.min().item<float>() > 0);
    }

    [Fact]
    public void PointwiseModelGivesTheSameResultAsOneForwardPass()
    {
        // With a 1×1×1 convolution every window predicts the same value for a voxel, so the weighted
        // average must equal softmax of one pass over the whole image, whatever the weights and overlaps.
        torch.manual_seed(5);
        using var model = nn.Conv3d(2, 3, 1);
        var image = Make.Random(2, 13, 10, 6); // 6 < patch: padded
        var inferer = new SlidingWindowInferer([8, 8, 8], overlap: 0.5, batchSize: 2);
        var windowed = inferer.Predict(model, image);
        var direct = nn.functional.softmax(model.forward(image.unsqueeze(0)), 1)[0];
        TensorAssert.Shape(windowed, 3, 13, 10, 6);
        Assert.True(windowed.allclose(direct, rtol: 1e-4, atol: 1e-5));
    }
}
