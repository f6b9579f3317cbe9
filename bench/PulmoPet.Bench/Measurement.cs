namespace PulmoPet.Bench;

/// <summary>The outcome of timing one operation on one input.</summary>
/// <param name="Operation">What ran, e.g. "Gaussian separable".</param>
/// <param name="Input">The input, e.g. "256×256×128 σ 2.5 mm".</param>
/// <param name="Voxels">Output voxels, for the throughput.</param>
/// <param name="Threads">"1" or "all (n)".</param>
/// <param name="MedianMs">Median wall time over the runs.</param>
/// <param name="AllocatedMb">Managed bytes allocated by one run.</param>
/// <param name="PeakManagedMb">Peak managed heap growth over the idle heap during the runs (sampled every millisecond).</param>
/// <param name="Baseline">The measurement this one is compared with (null for a baseline itself).</param>
internal sealed record Measurement(
    string Operation,
    string Input,
    long Voxels,
    string Threads,
    double MedianMs,
    double AllocatedMb,
    double PeakManagedMb,
    Measurement? Baseline)
{
    public double MegavoxelsPerSecond => Voxels / (MedianMs * 1e3);

    /// <summary>Throughput relative to the baseline (× faster per voxel), so baselines on a smaller input compare fairly.</summary>
    public double? SpeedUp => Baseline is null ? null : MegavoxelsPerSecond / Baseline.MegavoxelsPerSecond;
}
