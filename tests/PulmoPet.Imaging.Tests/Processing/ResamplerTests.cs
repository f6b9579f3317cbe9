using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class ResamplerTests
{
    public static TheoryData<Interpolation> AllInterpolations => new() { Interpolation.Nearest, Interpolation.Linear, Interpolation.BSpline };

    [Theory]
    [MemberData(nameof(AllInterpolations))]
    public void IdentityResampleIsIdentity(Interpolation interpolation)
    {
        // Every interpolation here is interpolating: at the voxel centres it returns the samples.
        var image = TestImages.Random(ObliqueGrid(9, 7, 5), seed: 3);
        var result = Resampler.Resample(image, image.Geometry, interpolation);
        for (int i = 0; i < image.Voxels.Length; i++)
        {
            Assert.Equal(image.Voxels[i], result.Voxels[i], 1e-3f);
        }
    }

    [Theory]
    [MemberData(nameof(AllInterpolations))]
    public void QuarterTurnDirectionMatchesExplicitPermutation(Interpolation interpolation)
    {
        // Target x runs along world +y and target y along world −x, starting at the source's far x end:
        // target (i, j, k) is the world point of source voxel (nx − 1 − j, i, k).
        var source = TestImages.Random(TestImages.Grid(6, 5, 4, 1.5, 2.0, 3.0), seed: 11);
        var direction = Matrix3.FromColumns(new Vector3D(0, 1, 0), new Vector3D(-1, 0, 0), new Vector3D(0, 0, 1));
        var target = new ImageGeometry(new Size3(5, 6, 4), new Vector3D(2.0, 1.5, 3.0), new Vector3D(5 * 1.5, 0, 0), direction);
        var result = Resampler.Resample(source, target, interpolation, -1f);
        for (int k = 0; k < 4; k++)
        {
            for (int j = 0; j < 6; j++)
            {
                for (int i = 0; i < 5; i++)
                {
                    Assert.Equal(source[5 - j, i, k], result[i, j, k], 1e-3f);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllInterpolations))]
    public void FlippedDirectionMatchesExplicitFlip(Interpolation interpolation)
    {
        var source = TestImages.Random(TestImages.Grid(7, 3, 2, 0.7, 1, 1), seed: 5);
        var direction = new Matrix3(-1, 0, 0, 0, 1, 0, 0, 0, 1);
        var target = new ImageGeometry(source.Size, source.Geometry.Spacing, new Vector3D(6 * 0.7, 0, 0), direction);
        var result = Resampler.Resample(source, target, interpolation);
        for (int z = 0; z < 2; z++)
        {
            for (int y = 0; y < 3; y++)
            {
                for (int x = 0; x < 7; x++)
                {
                    Assert.Equal(source[6 - x, y, z], result[x, y, z], 1e-3f);
                }
            }
        }
    }

    [Fact]
    public void LinearInterpolationOfALinearRampIsExactOnAnyGrid()
    {
        // value = a·world + c is reproduced exactly by trilinear interpolation wherever all eight
        // neighbours are inside the source (0 ≤ c ≤ n − 1): trilinear interpolation is exact for affine functions.
        var sourceGeometry = ObliqueGrid(20, 18, 16);
        var ramp = new Vector3D(0.7, -1.3, 2.1);
        var source = TestImages.Create(sourceGeometry, (x, y, z) => ramp.Dot(sourceGeometry.IndexToWorld(x, y, z)) + 50);
        var rotation = Rotation(new Vector3D(1, 2, 2).Normalized(), 0.5);
        var target = new ImageGeometry(new Size3(15, 14, 13), new Vector3D(1.7, 1.1, 2.3), sourceGeometry.Center - new Vector3D(10, 8, 12), rotation);
        var result = Resampler.Resample(source, target, Interpolation.Linear, float.NaN);
        int checkedCount = 0;
        for (int z = 0; z < 13; z++)
        {
            for (int y = 0; y < 14; y++)
            {
                for (int x = 0; x < 15; x++)
                {
                    var world = target.IndexToWorld(x, y, z);
                    var c = sourceGeometry.WorldToIndex(world);
                    if (c.X >= 0 && c.Y >= 0 && c.Z >= 0 && c.X <= 19 && c.Y <= 17 && c.Z <= 15)
                    {
                        Assert.Equal(ramp.Dot(world) + 50, result[x, y, z], 2e-3);
                        checkedCount++;
                    }
                }
            }
        }

        Assert.True(checkedCount > 1000, $"only {checkedCount} voxels checked");
    }

    [Fact]
    public void MatchesScipyMapCoordinatesOrder3Mirror()
    {
        // Reference: Debian python3, scipy 1.10.1, a as in GaussianSmoothingTests (shape (4,5,6) in z,y,x):
        //   cz,cy,cx = np.mgrid[0:4,0:5,0:6].astype(float)
        //   m = scipy.ndimage.map_coordinates(a.astype(np.float64), [cz+0.4, cy+0.25, cx+0.3], order=3, mode='mirror')
        // The target grid is the source shifted by (0.3, 0.25, 0.4) voxels.
        var geometry = TestImages.Grid(6, 5, 4, 2, 1, 3);
        var image = TestImages.ScipyModuloArray(geometry);
        var target = geometry.WithOrigin(new Vector3D(0.3 * 2, 0.25 * 1, 0.4 * 3));
        var result = Resampler.Resample(image, target, Interpolation.BSpline);
        Assert.Equal(2.198199946616543, result[0, 0, 0], 5);
        Assert.Equal(6.606726475986846, result[3, 2, 1], 5);
        Assert.Equal(4.8289572800517, result[5, 4, 3], 5);
        Assert.Equal(3.9092152683975567, result[5, 0, 2], 5);
    }

    [Theory]
    [InlineData(Interpolation.Nearest, -0.4, 10f)] // within half a voxel: edge value
    [InlineData(Interpolation.Linear, -0.4, 10f)]
    [InlineData(Interpolation.Nearest, -0.6, -7f)] // beyond: outside value
    [InlineData(Interpolation.Linear, -0.6, -7f)]
    [InlineData(Interpolation.BSpline, -0.6, -7f)]
    [InlineData(Interpolation.Linear, 3.5, 40f)] // exactly on the far voxel boundary is inside
    [InlineData(Interpolation.Linear, 3.6, -7f)]
    [InlineData(Interpolation.Linear, 1.25, 22.5f)] // 20 + 0.25·(30 − 20)
    [InlineData(Interpolation.Nearest, 1.5, 30f)] // ties round up, as ITK
    public void PointsNearAndBeyondTheBorder(Interpolation interpolation, double sourceIndex, float expected)
    {
        var geometry = TestImages.Grid(4, 1, 1, 2, 1, 1);
        var source = new Volume<float>(geometry, [10f, 20f, 30f, 40f]);
        var target = new ImageGeometry(new Size3(1, 1, 1), Vector3D.One, new Vector3D(sourceIndex * 2, 0, 0));
        var result = Resampler.Resample(source, target, interpolation, -7f);
        Assert.Equal(expected, result.Voxels[0], 5);
    }

    [Fact]
    public void IntegerOutputIsRoundedHalfAwayFromZero()
    {
        var source = new Volume<short>(TestImages.Grid(4, 1, 1), [1, 2, -1, -2]);
        var target = new ImageGeometry(new Size3(3, 1, 1), Vector3D.One, new Vector3D(0.5, 0, 0));
        var result = Resampler.Resample(source, target, Interpolation.Linear);
        Assert.Equal(new short[] { 2, 1, -2 }, result.Voxels); // 1.5 → 2, 0.5 → 1, −1.5 → −2
    }

    [Fact]
    public void IntegerOutputSaturatesBSplineOvershoot()
    {
        // A cubic B-spline through a step overshoots above 255 and below 0 next to the edge;
        // a byte output must saturate instead of wrapping around.
        var source = new Volume<byte>(TestImages.Grid(8, 1, 1), [0, 0, 0, 0, 255, 255, 255, 255]);
        var asFloat = Resampler.Resample(source.ConvertTo<float>(), Shifted(source.Geometry, 0.5), Interpolation.BSpline);
        var asByte = Resampler.Resample(source, Shifted(source.Geometry, 0.5), Interpolation.BSpline);
        Assert.Contains(asFloat.Voxels, v => v < 0);
        Assert.Contains(asFloat.Voxels, v => v > 255);
        for (int i = 0; i < 7; i++)
        {
            float expected = Math.Clamp(MathF.Round(asFloat.Voxels[i], MidpointRounding.AwayFromZero), 0, 255);
            Assert.Equal(expected, asByte.Voxels[i]);
        }
    }

    [Fact]
    public void TargetFullyOutsideGetsOutsideValue()
    {
        var source = TestImages.Random(TestImages.Grid(4, 4, 4), seed: 1);
        var target = new ImageGeometry(new Size3(3, 3, 3), Vector3D.One, new Vector3D(100, 0, 0));
        foreach (var interpolation in new[] { Interpolation.Nearest, Interpolation.Linear, Interpolation.BSpline })
        {
            Assert.All(Resampler.Resample(source, target, interpolation, -1000f).Voxels, v => Assert.Equal(-1000f, v));
        }
    }

    [Theory]
    [InlineData(0.5, new byte[] { 0, 1, 1, 0 })]
    [InlineData(0.6, new byte[] { 0, 1, 0, 0 })]
    public void MaskResamplingKeepsVoxelsAtOrAboveTheThreshold(double threshold, byte[] expected)
    {
        // 2 mm target centres fall at source indices 0.5, 2.5, 4.5, 6.5: fractions 0, 1, 0.5, 0.
        var mask = new Volume<byte>(TestImages.Grid(8, 1, 1), [0, 0, 1, 1, 255, 0, 0, 0]);
        var target = mask.Geometry.Resampled(new Vector3D(2, 1, 1));
        Assert.Equal(new Size3(4, 1, 1), target.Size);
        var result = Resampler.ResampleMask(mask, target, threshold);
        Assert.Equal(expected, result.Voxels);
    }

    [Theory]
    [InlineData(Interpolation.Linear)]
    [InlineData(Interpolation.BSpline)]
    [InlineData(Interpolation.Nearest)]
    public void SameResultWhateverTheNumberOfThreads(Interpolation interpolation)
    {
        var source = TestImages.Random(ObliqueGrid(23, 19, 17), seed: 2);
        var target = new ImageGeometry(new Size3(21, 20, 19), new Vector3D(0.9, 1.1, 1.4), source.Geometry.Origin, Rotation(new Vector3D(0, 0.6, 0.8), 0.3));
        var single = Resampler.Resample(source, target, interpolation, 0f, Parallelism.SingleThreaded);
        var four = Resampler.Resample(source, target, interpolation, 0f, Parallelism.WithDegree(4));
        Assert.Equal(single.Voxels, four.Voxels);
    }

    private static ImageGeometry Shifted(ImageGeometry geometry, double voxels) =>
        geometry.WithOrigin(geometry.Origin + new Vector3D(voxels * geometry.Spacing.X, 0, 0));

    /// <summary>A grid with anisotropic spacing and an oblique direction, as real scanner data may have.</summary>
    private static ImageGeometry ObliqueGrid(int nx, int ny, int nz) =>
        new(new Size3(nx, ny, nz), new Vector3D(1.2, 0.9, 2.0), new Vector3D(-30, 12, 5), Rotation(new Vector3D(0.3, -0.5, 0.8).Normalized(), 0.4));

    /// <summary>Rodrigues' rotation matrix about a unit axis by an angle in radians.</summary>
    private static Matrix3 Rotation(Vector3D axis, double angle)
    {
        var u = axis.Normalized();
        double c = Math.Cos(angle);
        double s = Math.Sin(angle);
        double t = 1 - c;
        return new Matrix3(
            c + u.X * u.X * t, u.X * u.Y * t - u.Z * s, u.X * u.Z * t + u.Y * s,
            u.Y * u.X * t + u.Z * s, c + u.Y * u.Y * t, u.Y * u.Z * t - u.X * s,
            u.Z * u.X * t - u.Y * s, u.Z * u.Y * t + u.X * s, c + u.Z * u.Z * t);
    }
}
