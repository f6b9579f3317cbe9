using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class EuclideanDistanceTransformTests
{
    [Fact]
    public void MatchesScipyDistanceTransformEdtWithAnisotropicSampling()
    {
        // Reference: Debian python3, scipy 1.10.1, m as in ConnectedComponentsTests.ScipyMask():
        //   d = scipy.ndimage.distance_transform_edt(~m, sampling=(2.5, 1.5, 0.8))   # (z, y, x) order
        //   d.sum() = 1267.2827329753673, d[4,5,6] = 1.5,
        //   d.max() = 4.060788100849391 at (z, y, x) = (8, 0, 0).
        var mask = ConnectedComponentsTests.ScipyMask();
        var spaced = mask.WithGeometry(new ImageGeometry(mask.Size, new Vector3D(0.8, 1.5, 2.5), Vector3D.Zero));
        var distance = EuclideanDistanceTransform.DistanceToForegroundMm(spaced);
        Assert.Equal(1267.2827329753673, distance.Voxels.Sum(v => (double)v), 3);
        Assert.Equal(1.5, distance[6, 5, 4], 6);
        Assert.Equal(4.060788100849391, distance[0, 0, 8], 6);
        Assert.Equal(4.060788100849391, distance.Voxels.Max(), 6);
    }

    [Fact]
    public void MatchesBruteForceDistances()
    {
        var geometry = TestImages.Grid(9, 7, 6, 1.3, 0.7, 2.1);
        var mask = TestImages.RandomMask(geometry, seed: 4, density: 0.05);
        var distance = EuclideanDistanceTransform.DistanceToForegroundMm(mask);
        var foreground = new List<Index3>();
        for (int i = 0; i < mask.Voxels.Length; i++)
        {
            if (mask.Voxels[i] != 0)
            {
                foreground.Add(geometry.IndexOf(i));
            }
        }

        Assert.NotEmpty(foreground);
        for (int i = 0; i < mask.Voxels.Length; i++)
        {
            var p = geometry.IndexOf(i);
            double best = foreground.Min(q => Math.Pow((p.X - q.X) * 1.3, 2) + Math.Pow((p.Y - q.Y) * 0.7, 2) + Math.Pow((p.Z - q.Z) * 2.1, 2));
            Assert.Equal(Math.Sqrt(best), distance.Voxels[i], 5);
        }
    }

    [Fact]
    public void EmptyMaskIsInfinitelyFar()
    {
        var distance = EuclideanDistanceTransform.DistanceToForegroundMm(new Volume<byte>(TestImages.Grid(4, 3, 2)));
        Assert.All(distance.Voxels, v => Assert.True(float.IsPositiveInfinity(v)));
    }

    [Fact]
    public void SameResultWhateverTheNumberOfThreads()
    {
        var mask = TestImages.RandomMask(TestImages.Grid(31, 27, 25, 0.9, 1.1, 2.0), seed: 8, density: 0.01);
        var single = EuclideanDistanceTransform.DistanceToForegroundMm(mask, Parallelism.SingleThreaded);
        var four = EuclideanDistanceTransform.DistanceToForegroundMm(mask, Parallelism.WithDegree(4));
        Assert.Equal(single.Voxels, four.Voxels);
    }
}
