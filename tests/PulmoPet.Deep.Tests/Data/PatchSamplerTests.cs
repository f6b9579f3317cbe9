using PulmoPet.Deep.Data;

namespace PulmoPet.Deep.Tests.Data;

public sealed class PatchSamplerTests
{
    private static SegmentationCase OneLesionVoxel()
    {
        // 20³ volume, one foreground voxel at (z, y, x) = (3, 4, 5); channel 1 holds the linear index.
        int n = 20 * 20 * 20;
        var image = new float[2 * n];
        var labels = new byte[n];
        for (int i = 0; i < n; i++)
        {
            image[n + i] = i;
        }

        labels[(3 * 20 + 4) * 20 + 5] = 1;
        return new SegmentationCase("one", 2, 20, 20, 20, image, labels);
    }

    [Fact]
    public void ForegroundPatchesAreCentredOnALesionVoxel()
    {
        var sampler = new PatchSampler(4, 4, 4, foregroundProbability: 1.0);
        var image = new float[2 * 64];
        var labels = new byte[64];
        sampler.Sample(OneLesionVoxel(), new Random(1), image, labels);
        // Centre index (2, 2, 2) of the patch is the lesion voxel.
        Assert.Equal(1, labels[(2 * 4 + 2) * 4 + 2]);
        Assert.Equal(1, labels.Count(l => l != 0));
        Assert.Equal((3 * 20 + 4) * 20 + 5, image[64 + (2 * 4 + 2) * 4 + 2]);
    }

    [Fact]
    public void BalancedSamplingHitsLesionsAboutHalfTheTime()
    {
        // One lesion voxel in 8000: random centres almost never include it, so the rate is ≈ p = 0.5.
        var sampler = new PatchSampler(4, 4, 4);
        var source = OneLesionVoxel();
        var random = new Random(7);
        var image = new float[2 * 64];
        var labels = new byte[64];
        int hits = 0;
        for (int i = 0; i < 1000; i++)
        {
            sampler.Sample(source, random, image, labels);
            hits += labels.Any(l => l != 0) ? 1 : 0;
        }

        Assert.InRange(hits, 430, 580);
    }

    [Fact]
    public void OutsideTheImageIsZero()
    {
        var sampler = new PatchSampler(4, 4, 4);
        var image = new float[2 * 64];
        var labels = new byte[64];
        sampler.Extract(OneLesionVoxel(), -2, -2, -2, image, labels);
        Assert.Equal(0f, image[64]);                              // (−2, −2, −2) is outside
        Assert.Equal(0f, image[64 + (2 * 4 + 2) * 4 + 2]);        // (0, 0, 0) → index 0
        Assert.Equal(21f * 20 + 1, image[64 + (3 * 4 + 3) * 4 + 3]); // (1, 1, 1) → 421
    }
}
