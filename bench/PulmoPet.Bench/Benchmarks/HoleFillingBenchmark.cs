using PulmoPet.Imaging.Processing;

namespace PulmoPet.Bench.Benchmarks;

/// <summary>Hole filling in 3D and per axial slice on a blob mask; 3D is the baseline.</summary>
internal sealed class HoleFillingBenchmark : IBenchmark
{
    public string Name => "fill-holes";

    public void Run(BenchmarkRunner runner)
    {
        var mask = SyntheticData.Blobs(SyntheticData.CtGrid(256, 256, 128), seed: 8, smoothingMm: 4, fraction: 0.5);
        string input = $"{SyntheticData.Describe(mask.Geometry)}, 50 % blobs";
        long voxels = mask.Geometry.VoxelCount;
        var fill3D = runner.Measure("Fill holes, 3D", input, voxels, "1", () => HoleFilling.Fill3D(mask));
        runner.Measure("Fill holes, per slice", input, voxels, "1",
            () => HoleFilling.FillPerSlice(mask, Parallelism.SingleThreaded), fill3D);
        runner.Measure("Fill holes, per slice", input, voxels, BenchmarkRunner.AllThreads,
            () => HoleFilling.FillPerSlice(mask), fill3D);
    }
}
