namespace PulmoPet.Bench;

/// <summary>One family of measurements (one operation on a few inputs, with its baseline).</summary>
internal interface IBenchmark
{
    string Name { get; }

    void Run(BenchmarkRunner runner);
}
