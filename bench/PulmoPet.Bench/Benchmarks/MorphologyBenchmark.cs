using PulmoPet.Imaging.Processing;

namespace PulmoPet.Bench.Benchmarks;

/// <summary>Dilation by a 10 mm ball: distance-transform morphology vs the direct structuring element; closing on a CT-sized mask.</summary>
internal sealed class MorphologyBenchmark : IBenchmark
{
    private const double RadiusMm = 10.0;

    public string Name => "morphology";

    public void Run(BenchmarkRunner runner)
    {
        var small = SyntheticData.Blobs(SyntheticData.CtGrid(64, 64, 48), seed: 5, smoothingMm: 4, fraction: 0.05);
        string smallInput = $"{SyntheticData.Describe(small.Geometry)}, r {RadiusMm} mm";
        var naive = runner.Measure("Dilate, direct ball", smallInput, small.Geometry.VoxelCount, "1",
            () => ReferenceMorphology.Dilate(small, RadiusMm), runsOverride: 3);
        runner.Measure("Dilate, EDT", smallInput, small.Geometry.VoxelCount, "1",
            () => BinaryMorphology.Dilate(small, RadiusMm, Parallelism.SingleThreaded), naive);

        var large = SyntheticData.Blobs(SyntheticData.CtGrid(256, 256, 128), seed: 6, smoothingMm: 6, fraction: 0.2);
        string input = $"{SyntheticData.Describe(large.Geometry)}, r {RadiusMm} mm";
        long voxels = large.Geometry.VoxelCount;
        var single = runner.Measure("Dilate, EDT", input, voxels, "1",
            () => BinaryMorphology.Dilate(large, RadiusMm, Parallelism.SingleThreaded), naive);
        runner.Measure("Dilate, EDT", input, voxels, BenchmarkRunner.AllThreads,
            () => BinaryMorphology.Dilate(large, RadiusMm), single);
        runner.Measure("Erode, EDT", input, voxels, BenchmarkRunner.AllThreads,
            () => BinaryMorphology.Erode(large, RadiusMm), single);
        runner.Measure("Close (safe border), EDT", input, voxels, BenchmarkRunner.AllThreads,
            () => BinaryMorphology.Close(large, RadiusMm), single);
    }
}
