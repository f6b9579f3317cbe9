using PulmoPet.Imaging.Processing;

namespace PulmoPet.Bench.Benchmarks;

/// <summary>Labelling a blob mask with 6, 18 and 26 connectivity; the 6-connected run is the baseline.</summary>
internal sealed class ConnectedComponentsBenchmark : IBenchmark
{
    public string Name => "components";

    public void Run(BenchmarkRunner runner)
    {
        var mask = SyntheticData.Blobs(SyntheticData.CtGrid(256, 256, 128), seed: 7, smoothingMm: 3, fraction: 0.3);
        string input = $"{SyntheticData.Describe(mask.Geometry)}, 30 % blobs";
        long voxels = mask.Geometry.VoxelCount;
        var faces = runner.Measure("Connected components, 6", input, voxels, "1",
            () => ConnectedComponents.Label(mask, Connectivity.Faces6));
        runner.Measure("Connected components, 18", input, voxels, "1",
            () => ConnectedComponents.Label(mask, Connectivity.Edges18), faces);
        runner.Measure("Connected components, 26, sorted", input, voxels, "1",
            () => ConnectedComponents.Label(mask, Connectivity.Vertices26, sortBySize: true), faces);
    }
}
