using PulmoPet.Imaging;
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

        // A 3 cm lesion on a whole-thorax CT grid: only its neighbourhood is transformed.
        var thorax = SyntheticData.CtGrid(512, 512, 160);
        var lesion = new Volume<byte>(thorax);
        var centre = new Index3(300, 200, 80);
        for (int z = 0; z < thorax.Size.Z; z++)
        {
            for (int y = 0; y < thorax.Size.Y; y++)
            {
                for (int x = 0; x < thorax.Size.X; x++)
                {
                    double dx = (x - centre.X) * thorax.Spacing.X, dy = (y - centre.Y) * thorax.Spacing.Y, dz = (z - centre.Z) * thorax.Spacing.Z;
                    if (dx * dx + dy * dy + dz * dz <= 15 * 15)
                    {
                        lesion[x, y, z] = 1;
                    }
                }
            }
        }

        runner.Measure("Dilate, EDT (lesion's neighbourhood)", $"{SyntheticData.Describe(thorax)}, 3 cm lesion, r {RadiusMm} mm", thorax.VoxelCount,
            BenchmarkRunner.AllThreads, () => BinaryMorphology.Dilate(lesion, RadiusMm), single);
    }
}
