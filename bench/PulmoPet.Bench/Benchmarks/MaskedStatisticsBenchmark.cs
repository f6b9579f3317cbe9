using PulmoPet.Imaging.Processing;

namespace PulmoPet.Bench.Benchmarks;

/// <summary>Masked statistics with percentiles (sorting the masked values) over a 10 % mask; without percentiles is the baseline.</summary>
internal sealed class MaskedStatisticsBenchmark : IBenchmark
{
    public string Name => "statistics";

    public void Run(BenchmarkRunner runner)
    {
        var geometry = SyntheticData.CtGrid(256, 256, 128);
        var image = SyntheticData.Activity(geometry, seed: 9);
        var mask = SyntheticData.Blobs(geometry, seed: 10, smoothingMm: 6, fraction: 0.1);
        string input = $"{SyntheticData.Describe(geometry)}, 10 % mask";
        long voxels = geometry.VoxelCount;
        var plain = runner.Measure("Masked statistics", input, voxels, "1", () => MaskedStatistics.Compute(image, mask));
        runner.Measure("Masked statistics + 5 percentiles", input, voxels, "1",
            () => MaskedStatistics.Compute(image, mask, [5, 25, 75, 90, 95]), plain);
    }
}
