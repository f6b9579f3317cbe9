using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class GaussianSmoothingTests
{
    [Fact]
    public void FwhmAndSigmaConvertWithTheClosedForm()
    {
        // FWHM = 2·sqrt(2·ln 2)·σ = 2.3548200450309493·σ.
        Assert.Equal(2.3548200450309493, GaussianSmoothing.FwhmPerSigma, 14);
        Assert.Equal(6.0 / 2.3548200450309493, GaussianSmoothing.FwhmToSigma(6.0), 12);
        Assert.Equal(6.0, GaussianSmoothing.SigmaToFwhm(GaussianSmoothing.FwhmToSigma(6.0)), 12);
    }

    [Theory]
    [InlineData(1.0, 4)] // radius ⌊4·1 + 0.5⌋ = 4 (scipy _gaussian_kernel1d)
    [InlineData(1.5, 6)] // ⌊6.5⌋
    [InlineData(0.6, 2)] // ⌊2.9⌋
    public void HalfKernelHasScipyRadiusAndSumsToOne(double sigma, int radius)
    {
        var kernel = GaussianSmoothing.HalfKernel(sigma);
        Assert.Equal(radius + 1, kernel.Length);
        double sum = kernel[0];
        for (int k = 1; k < kernel.Length; k++)
        {
            sum += 2 * kernel[k];
        }

        Assert.Equal(1.0, sum, 14);
    }

    [Fact]
    public void ImpulseResponseSumsToOneWithVarianceSigmaSquaredPerAxis()
    {
        // Anisotropic spacing (1, 2, 0.5) mm and sigma (2, 3, 1) mm: 2, 1.5 and 2 voxels, radii 8, 6, 8.
        var geometry = TestImages.Grid(21, 15, 21, 1, 2, 0.5);
        var impulse = new Volume<float>(geometry);
        impulse[10, 7, 10] = 1f;
        var sigma = new Vector3D(2, 3, 1);
        var smoothed = GaussianSmoothing.Smooth(impulse, sigma);

        double sum = 0;
        var first = Vector3D.Zero;
        var second = Vector3D.Zero;
        for (int z = 0; z < 21; z++)
        {
            for (int y = 0; y < 15; y++)
            {
                for (int x = 0; x < 21; x++)
                {
                    double w = smoothed[x, y, z];
                    var mm = new Vector3D((x - 10) * 1.0, (y - 7) * 2.0, (z - 10) * 0.5);
                    sum += w;
                    first += w * mm;
                    second += w * mm.Scale(mm);
                }
            }
        }

        // The Gaussian is a probability density: mass 1, mean at the impulse, variance σ² per axis. The
        // kernel truncated at 4σ and renormalised loses (2·(4φ(4) + Q(4)) − 2Q(4))σ² ≈ 1.07e-3·σ² of variance.
        Assert.Equal(1.0, sum, 5);
        Assert.Equal(0.0, first.X, 5);
        Assert.Equal(0.0, first.Y, 5);
        Assert.Equal(0.0, first.Z, 5);
        Assert.Equal(4.0, second.X, 4.0 * 2e-3);
        Assert.Equal(9.0, second.Y, 9.0 * 2e-3);
        Assert.Equal(1.0, second.Z, 1.0 * 2e-3);
    }

    [Fact]
    public void ConstantImageIsUnchanged()
    {
        var image = TestImages.Create(TestImages.Grid(12, 9, 7, 0.8, 1.1, 2.5), (_, _, _) => 42.5);
        var smoothed = GaussianSmoothing.Smooth(image, 3.0);
        Assert.All(smoothed.Voxels, v => Assert.Equal(42.5f, v, 4));
    }

    [Fact]
    public void LinearRampIsUnchangedAwayFromTheBorders()
    {
        // A symmetric kernel preserves affine functions wherever it does not reach the replicated edge.
        var image = TestImages.Create(TestImages.Grid(30, 30, 30), (x, y, z) => 2.0 * x + 3.0 * y - z + 5);
        var smoothed = GaussianSmoothing.Smooth(image, new Vector3D(1.5, 1.0, 2.0)); // radii 6, 4, 8 voxels
        for (int z = 8; z < 22; z++)
        {
            for (int y = 4; y < 26; y++)
            {
                for (int x = 6; x < 24; x++)
                {
                    Assert.Equal(image[x, y, z], smoothed[x, y, z], 1e-4f);
                }
            }
        }
    }

    [Fact]
    public void MatchesScipyGaussianFilter()
    {
        // Reference: Debian python3, scipy 1.10.1:
        //   z,y,x = np.mgrid[0:4,0:5,0:6]; a = ((x*7+y*3+z*5)%11).astype(np.float32)
        //   g = scipy.ndimage.gaussian_filter(a, sigma=(1.0,0.7,1.5), mode='nearest', truncate=4.0)
        // Spacing (2, 1, 3) mm turns sigma (3, 0.7, 3) mm into (1.5, 0.7, 1.0) voxels.
        var image = TestImages.ScipyModuloArray(TestImages.Grid(6, 5, 4, 2, 1, 3));
        var smoothed = GaussianSmoothing.Smooth(image, new Vector3D(3.0, 0.7, 3.0));
        Assert.Equal(3.513840913772583, smoothed[0, 0, 0], 5);
        Assert.Equal(5.093899250030518, smoothed[3, 2, 1], 5);
        Assert.Equal(4.977827548980713, smoothed[5, 4, 3], 5);
        Assert.Equal(4.886053085327148, smoothed[5, 0, 2], 5);
    }

    [Fact]
    public void ZeroSigmaSkipsThatAxis()
    {
        // Varies only along y and z; smoothing along x alone must leave it as it is.
        var image = TestImages.Create(TestImages.Grid(10, 6, 5), (_, y, z) => y * y + 10 * z);
        var smoothed = GaussianSmoothing.Smooth(image, new Vector3D(2.0, 0, 0));
        Assert.Equal(image.Voxels, smoothed.Voxels);
        var untouched = GaussianSmoothing.Smooth(image, 0.0);
        Assert.Equal(image.Voxels, untouched.Voxels);
        Assert.NotSame(image.Voxels, untouched.Voxels);
    }

    [Fact]
    public void SameResultWhateverTheNumberOfThreads()
    {
        var image = TestImages.Random(TestImages.Grid(37, 29, 23, 0.9, 1.3, 2.0), seed: 7);
        var single = GaussianSmoothing.Smooth(image, new Vector3D(2.5, 1.7, 3.1), Parallelism.SingleThreaded);
        var four = GaussianSmoothing.Smooth(image, new Vector3D(2.5, 1.7, 3.1), Parallelism.WithDegree(4));
        Assert.Equal(single.Voxels, four.Voxels);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void InvalidSigmaIsRejected(double sigma)
    {
        var image = new Volume<float>(TestImages.Grid(3, 3, 3));
        Assert.Throws<InvalidInputException>(() => GaussianSmoothing.Smooth(image, sigma));
    }
}
