using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class MaskedStatisticsTests
{
    // Reference: Debian python3, numpy 1.24.2:
    //   a = np.array([3.5, 1, 7, 2, 10, 4, 8]); a.sum() = 35.5; a.mean() = 5.071428571428571
    //   a.std(ddof=1) = 3.3220045583524245; a.std() = 3.0755785916587124
    //   np.percentile(a, [0, 10, 25, 50, 90, 100]) = [1, 1.6, 2.75, 4, 8.8, 10]
    private static readonly float[] Values = [3.5f, 1f, 7f, 2f, 10f, 4f, 8f];

    [Fact]
    public void MatchesNumpy()
    {
        var (image, mask) = LineWithMask();
        var stats = MaskedStatistics.Compute(image, mask, [0, 10, 25, 50, 90, 100]);
        Assert.Equal(7, stats.Count);
        Assert.Equal(35.5, stats.Sum, 12);
        Assert.Equal(5.071428571428571, stats.Mean, 12);
        Assert.Equal(3.3220045583524245, stats.StandardDeviationSample, 12);
        Assert.Equal(3.0755785916587124, stats.StandardDeviationPopulation, 12);
        Assert.Equal(1, stats.Min);
        Assert.Equal(10, stats.Max);
        Assert.Equal(4, stats.Median, 12);
        Assert.Equal(new[] { 1, 1.6, 2.75, 4, 8.8, 10 }, stats.Percentiles.Select(p => Math.Round(p.Value, 12)));
        Assert.Equal(2.75, stats.Percentile(25), 12);
        Assert.False(stats.ContainsNan);
    }

    [Fact]
    public void VolumeAndLocationOfTheMaximum()
    {
        // Spacing 2 × 2 × 2.5 mm: 10 mm³ = 0.01 ml per voxel; 10 sits at x = 1 + 4 = 5.
        var (image, mask) = LineWithMask();
        var stats = MaskedStatistics.Compute(image, mask);
        Assert.Equal(7 * 0.01, stats.VolumeMl, 12);
        Assert.Equal(new Index3(5, 0, 0), stats.MaxIndex);
        Assert.Equal(new Vector3D(10 + 5 * 2, 0, 0), stats.MaxWorld);
    }

    [Fact]
    public void NanVoxelsAreCountedAndExcluded()
    {
        var (image, mask) = LineWithMask();
        image.Voxels[0] = float.NaN;
        mask.Voxels[0] = 1; // a NaN voxel under the mask
        image.Voxels[9] = float.NaN; // outside the mask
        var stats = MaskedStatistics.Compute(image, mask);
        Assert.True(stats.ContainsNan);
        Assert.Equal(1, stats.NanCount);
        Assert.Equal(8, stats.MaskVoxelCount);
        Assert.Equal(7, stats.Count);
        Assert.Equal(8 * 0.01, stats.VolumeMl, 12);
        Assert.Equal(5.071428571428571, stats.Mean, 12);
    }

    [Fact]
    public void FirstMaximumInMemoryOrderWins()
    {
        var image = new Volume<float>(TestImages.Grid(4, 2, 1), [1, 9, 3, 9, 9, 0, 0, 0]);
        var mask = new Volume<byte>(image.Geometry).Fill(1);
        Assert.Equal(new Index3(1, 0, 0), MaskedStatistics.Compute(image, mask).MaxIndex);
    }

    [Fact]
    public void LabelSelectsOneComponent()
    {
        var image = new Volume<short>(TestImages.Grid(6, 1, 1), [10, 20, 30, 40, 50, 60]);
        var labels = new Volume<int>(image.Geometry, [1, 1, 2, 2, 2, 0]);
        var stats = MaskedStatistics.ComputeForLabel(image, labels, 2);
        Assert.Equal(3, stats.Count);
        Assert.Equal(40, stats.Mean, 12);
        Assert.Equal(10, stats.StandardDeviationSample, 12); // deviations −10, 0, 10: sqrt(200 / 2)
        Assert.Equal(Math.Sqrt(200.0 / 3), stats.StandardDeviationPopulation, 12);
    }

    [Fact]
    public void SingleVoxelHasNoSampleDeviation()
    {
        var image = new Volume<float>(TestImages.Grid(2, 1, 1), [5, 6]);
        var mask = new Volume<byte>(image.Geometry, [0, 1]);
        var stats = MaskedStatistics.Compute(image, mask, [37.5]);
        Assert.True(double.IsNaN(stats.StandardDeviationSample));
        Assert.Equal(0, stats.StandardDeviationPopulation);
        Assert.Equal(6, stats.Percentile(37.5));
    }

    [Fact]
    public void EmptyMaskIsAnInputError()
    {
        var image = new Volume<float>(TestImages.Grid(3, 3, 3));
        var error = Assert.Throws<InvalidInputException>(() => MaskedStatistics.Compute(image, new Volume<byte>(image.Geometry)));
        Assert.Contains("mask is empty", error.Message);
        image.Fill(float.NaN);
        Assert.Throws<InvalidInputException>(() => MaskedStatistics.Compute(image, new Volume<byte>(image.Geometry).Fill(1)));
    }

    [Fact]
    public void MaskOnAnotherGridIsRejected()
    {
        var image = new Volume<float>(TestImages.Grid(3, 3, 3));
        var mask = new Volume<byte>(TestImages.Grid(3, 3, 4)).Fill(1);
        Assert.Throws<GeometryMismatchException>(() => MaskedStatistics.Compute(image, mask));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(100.0, 4.0)]
    [InlineData(50.0, 2.5)] // h = 1.5 between 2 and 3
    [InlineData(20.0, 1.6)] // h = 0.6 between 1 and 2
    public void PercentileIsHyndmanFanType7(double percent, double expected)
    {
        Assert.Equal(expected, MaskedStatistics.Percentile([1.0, 2.0, 3.0, 4.0], percent), 12);
    }

    /// <summary>The values at x = 1…7 of a 10-voxel line, masked there; x = 0 and x = 8 hold other values outside the mask.</summary>
    private static (Volume<float> Image, Volume<byte> Mask) LineWithMask()
    {
        var geometry = new ImageGeometry(new Size3(10, 1, 1), new Vector3D(2, 2, 2.5), new Vector3D(10, 0, 0));
        var image = new Volume<float>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int i = 0; i < Values.Length; i++)
        {
            image.Voxels[i + 1] = Values[i];
            mask.Voxels[i + 1] = 1;
        }

        image.Voxels[8] = 99; // outside the mask
        image.Voxels[0] = -5;
        mask.Voxels[0] = 0;
        return (image, mask);
    }
}
