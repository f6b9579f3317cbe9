using PulmoPet.Deep.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests.Training;

public sealed class AugmentationTests
{
    [Fact]
    public void IdentityAffineLeavesImageAndLabelsUnchanged()
    {
        torch.manual_seed(4);
        var image = Make.Random(1, 2, 6, 7, 8);
        var labels = (Make.Random(1, 6, 7, 8) > 0).to_type(ScalarType.Int64);
        var (warped, warpedLabels) = Augmentation.Affine(image, labels, [0, 0, 0], 1.0);
        Assert.True(warped.allclose(image, rtol: 0, atol: 1e-5));
        Assert.True(warpedLabels.equal(labels).all().item<bool>());
    }

    [Fact]
    public void QuarterTurnIn2dIsATransposeAndFlip()
    {
        // A 90° rotation of a square grid maps voxel centres onto voxel centres, so bilinear sampling is exact.
        var image = arange(16, ScalarType.Float32).reshape(1, 1, 4, 4);
        var labels = arange(16, ScalarType.Int64).reshape(1, 4, 4);
        var (rotated, rotatedLabels) = Augmentation.Affine(image, labels, [Math.PI / 2], 1.0);
        var expected = torch.rot90(image, 1, (2, 3));
        bool matches = rotated.allclose(expected, atol: 1e-4) || rotated.allclose(torch.rot90(image, -1, (2, 3)), atol: 1e-4);
        Assert.True(matches);
        Assert.Equal(labels.sort(-1).Values.flatten().sort().Values.data<long>().ToArray(), rotatedLabels.flatten().sort().Values.data<long>().ToArray());
    }

    [Fact]
    public void FlipTwiceIsIdentityAndKeepsLabelCounts()
    {
        var image = Make.Random(1, 1, 3, 4, 5);
        var labels = (Make.Random(1, 3, 4, 5) > 0).to_type(ScalarType.Int64);
        var (once, onceLabels) = Augmentation.Flip(image, labels, 2);
        Assert.Equal(labels.sum().item<long>(), onceLabels.sum().item<long>());
        var (twice, twiceLabels) = Augmentation.Flip(once, onceLabels, 2);
        Assert.True(twice.equal(image).all().item<bool>());
        Assert.True(twiceLabels.equal(labels).all().item<bool>());
    }

    [Fact]
    public void ScaleAndShiftActPerChannel()
    {
        var image = ones(new long[] { 1, 2, 2, 2, 2 });
        var result = Augmentation.ScaleAndShift(image, [2.0, 0.5], [1.0, -1.0]);
        Assert.All(result[0, 0].flatten().data<float>().ToArray(), v => Assert.Equal(3f, v, 6));
        Assert.All(result[0, 1].flatten().data<float>().ToArray(), v => Assert.Equal(-0.5f, v, 6));
    }

    [Fact]
    public void NoAugmentationReturnsTheBatch()
    {
        var image = Make.Random(2, 2, 4, 4, 4);
        var labels = (Make.Random(2, 4, 4, 4) > 0).to_type(ScalarType.Int64);
        var (x, y) = new Augmentation(AugmentationOptions.None).Apply(image, labels, new Random(1));
        Assert.True(x.equal(image).all().item<bool>());
        Assert.True(y.equal(labels).all().item<bool>());
    }
}
