using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Bench.Benchmarks;

/// <summary>PET (4 mm) onto a 2 mm grid rotated by 10°: nearest, linear and cubic B-spline, 1 thread vs all.</summary>
internal sealed class ResamplingBenchmark : IBenchmark
{
    public string Name => "resample";

    public void Run(BenchmarkRunner runner)
    {
        var pet = SyntheticData.Activity(SyntheticData.PetGrid(128, 128, 96), seed: 3);
        double angle = 10 * Math.PI / 180;
        var rotation = new Matrix3(Math.Cos(angle), -Math.Sin(angle), 0, Math.Sin(angle), Math.Cos(angle), 0, 0, 0, 1);
        var size = new Size3(256, 256, 192);
        var spacing = new Vector3D(2, 2, 2);
        var target = new ImageGeometry(size, spacing, pet.Geometry.Center - rotation * new Vector3D(255, 255, 191), rotation);
        string input = $"{SyntheticData.Describe(pet.Geometry)} → 256×256×192 @ 2 mm, 10° rotated";
        long voxels = target.VoxelCount;

        var nearest = runner.Measure("Resample, nearest", input, voxels, "1",
            () => Resampler.Resample(pet, target, Interpolation.Nearest, 0f, Parallelism.SingleThreaded));
        var linear = runner.Measure("Resample, linear", input, voxels, "1",
            () => Resampler.Resample(pet, target, Interpolation.Linear, 0f, Parallelism.SingleThreaded), nearest);
        runner.Measure("Resample, linear", input, voxels, BenchmarkRunner.AllThreads,
            () => Resampler.Resample(pet, target, Interpolation.Linear, 0f), linear);
        var bspline = runner.Measure("Resample, cubic B-spline", input, voxels, "1",
            () => Resampler.Resample(pet, target, Interpolation.BSpline, 0f, Parallelism.SingleThreaded), nearest, runsOverride: 3);
        runner.Measure("Resample, cubic B-spline", input, voxels, BenchmarkRunner.AllThreads,
            () => Resampler.Resample(pet, target, Interpolation.BSpline, 0f), bspline, runsOverride: 3);

        var mask = SyntheticData.Blobs(pet.Geometry, seed: 4, smoothingMm: 8, fraction: 0.1);
        runner.Measure("Resample mask (linear ≥ 0.5)", input, voxels, BenchmarkRunner.AllThreads,
            () => Resampler.ResampleMask(mask, target), linear);
    }
}
