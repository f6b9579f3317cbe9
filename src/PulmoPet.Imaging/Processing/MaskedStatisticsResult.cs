namespace PulmoPet.Imaging.Processing;

/// <summary>A percentile and its value.</summary>
public readonly record struct PercentileValue(double Percent, double Value);

/// <summary>
/// First-order statistics of the image voxels under a mask. NaN voxels under the mask are counted in
/// <see cref="NanCount"/> and excluded from every statistic (but not from <see cref="VolumeMl"/>, which
/// is the region's size). Percentiles use linear interpolation between order statistics (Hyndman &amp; Fan
/// type 7; numpy.percentile's and R's default).
/// </summary>
public sealed record MaskedStatisticsResult
{
    /// <summary>Voxels under the mask, NaN voxels included.</summary>
    public required long MaskVoxelCount { get; init; }

    /// <summary>Voxels the statistics use (not NaN).</summary>
    public required long Count { get; init; }

    /// <summary>Voxels under the mask whose value is NaN, excluded from the statistics.</summary>
    public required long NanCount { get; init; }

    public bool ContainsNan => NanCount > 0;

    /// <summary>Volume of the masked region: <see cref="MaskVoxelCount"/> × voxel volume.</summary>
    public required double VolumeMl { get; init; }

    public required double Sum { get; init; }

    public required double Mean { get; init; }

    /// <summary>Standard deviation with n − 1 in the denominator; NaN when <see cref="Count"/> is 1.</summary>
    public required double StandardDeviationSample { get; init; }

    /// <summary>Standard deviation with n in the denominator (IBSI's first-order variance uses n).</summary>
    public required double StandardDeviationPopulation { get; init; }

    public required double Min { get; init; }

    public required double Max { get; init; }

    public required double Median { get; init; }

    /// <summary>The requested percentiles, in the order asked for.</summary>
    public required IReadOnlyList<PercentileValue> Percentiles { get; init; }

    /// <summary>The voxel holding <see cref="Max"/>, the first in memory order when several do.</summary>
    public required Index3 MaxIndex { get; init; }

    /// <summary>The centre of <see cref="MaxIndex"/> in world LPS mm.</summary>
    public required Vector3D MaxWorld { get; init; }

    /// <summary>The value of a percentile that was requested.</summary>
    public double Percentile(double percent)
    {
        foreach (var p in Percentiles)
        {
            if (p.Percent == percent)
            {
                return p.Value;
            }
        }

        throw new ArgumentException(FormattableString.Invariant($"Percentile {percent} was not requested."), nameof(percent));
    }
}
