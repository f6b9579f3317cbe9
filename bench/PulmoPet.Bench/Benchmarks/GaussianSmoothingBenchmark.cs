using PulmoPet.Bench.Baselines;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Bench.Benchmarks;

/// <summary>PET point-spread-function blur (FWHM 6 mm) on a CT-like grid: separable vs direct 3D convolution, 1 thread vs all.</summary>
internal sealed class GaussianSmoothingBenchmark : IBenchmark
{
    public string Name => "gaussian";

    public void Run(BenchmarkRunner runner)
    {
        double sigma = GaussianSmoothing.FwhmToSigma(6.0);
        var sigmaMm = new Vector3D(sigma, sigma, sigma);
        string label = FormattableString.Invariant($"σ {sigma:F2} mm");

        var small = SyntheticData.Activity(SyntheticData.CtGrid(48, 48, 24), seed: 1);
        var direct = runner.Measure("Gaussian, direct 3D convolution", $"{SyntheticData.Describe(small.Geometry)}, {label}", small.Geometry.VoxelCount, "1",
            () => DirectGaussianConvolution.Smooth(small, sigmaMm), runsOverride: 3);
        runner.Measure("Gaussian, separable", $"{SyntheticData.Describe(small.Geometry)}, {label}", small.Geometry.VoxelCount, "1",
            () => GaussianSmoothing.Smooth(small, sigmaMm, Parallelism.SingleThreaded), direct);

        var large = SyntheticData.Activity(SyntheticData.CtGrid(256, 256, 128), seed: 2);
        string input = $"{SyntheticData.Describe(large.Geometry)}, {label}";
        var single = runner.Measure("Gaussian, separable", input, large.Geometry.VoxelCount, "1",
            () => GaussianSmoothing.Smooth(large, sigmaMm, Parallelism.SingleThreaded), direct);
        runner.Measure("Gaussian, separable", input, large.Geometry.VoxelCount, BenchmarkRunner.AllThreads,
            () => GaussianSmoothing.Smooth(large, sigmaMm), single);
    }
}
