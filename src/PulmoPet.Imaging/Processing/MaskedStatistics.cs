using System.Numerics;

namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Statistics of an image under a mask (nonzero voxels) or under one label of a label map. The mask must
/// be on the image grid (<see cref="GeometryMismatchException"/> otherwise). An empty mask, or one whose
/// voxels are all NaN, is an <see cref="InvalidInputException"/> ("the mask is empty"): there is no
/// meaningful mean or maximum to return, and a silent NaN would travel into lesion tables.
/// </summary>
public static class MaskedStatistics
{
    /// <summary>Statistics over voxels where <paramref name="mask"/> is nonzero.</summary>
    public static MaskedStatisticsResult Compute<T>(Volume<T> image, Volume<byte> mask, IReadOnlyList<double>? percentiles = null)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(mask);
        return Compute(image, mask.Geometry, mask.Voxels, (byte)0, anyNonzero: true, percentiles);
    }

    /// <summary>Statistics over voxels where <paramref name="labels"/> equals <paramref name="label"/>.</summary>
    public static MaskedStatisticsResult ComputeForLabel<T, TLabel>(
        Volume<T> image,
        Volume<TLabel> labels,
        TLabel label,
        IReadOnlyList<double>? percentiles = null)
        where T : unmanaged, INumber<T>
        where TLabel : unmanaged, INumber<TLabel>
    {
        ArgumentNullException.ThrowIfNull(labels);
        return Compute(image, labels.Geometry, labels.Voxels, label, anyNonzero: false, percentiles);
    }

    /// <summary>
    /// The <paramref name="percent"/> percentile (0–100) of ascending <paramref name="sorted"/> values by
    /// linear interpolation between closest ranks, h = (n − 1)·p/100 (Hyndman &amp; Fan 1996 type 7; numpy default).
    /// </summary>
    public static double Percentile(ReadOnlySpan<double> sorted, double percent)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        if (!(percent >= 0 && percent <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile lies in [0, 100].");
        }

        double h = (sorted.Length - 1) * percent / 100.0;
        int lower = (int)Math.Floor(h);
        int upper = Math.Min(lower + 1, sorted.Length - 1);
        double fraction = h - lower;
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
    }

    private static MaskedStatisticsResult Compute<T, TMask>(
        Volume<T> image,
        ImageGeometry maskGeometry,
        TMask[] mask,
        TMask label,
        bool anyNonzero,
        IReadOnlyList<double>? percentiles)
        where T : unmanaged, INumber<T>
        where TMask : unmanaged, INumber<TMask>
    {
        ArgumentNullException.ThrowIfNull(image);
        image.Geometry.EnsureSameGrid(maskGeometry, "The mask");
        foreach (double p in percentiles ?? [])
        {
            if (!(p >= 0 && p <= 100))
            {
                throw new InvalidInputException(FormattableString.Invariant($"Percentile {p} is not in [0, 100]."));
            }
        }

        var voxels = image.Voxels;
        long maskCount = 0;
        long nanCount = 0;
        var values = new List<double>();
        double max = double.NegativeInfinity;
        int maxIndex = -1;
        for (int i = 0; i < voxels.Length; i++)
        {
            bool selected = anyNonzero ? mask[i] != TMask.Zero : mask[i] == label;
            if (!selected)
            {
                continue;
            }

            maskCount++;
            double v = double.CreateTruncating(voxels[i]);
            if (double.IsNaN(v))
            {
                nanCount++;
                continue;
            }

            values.Add(v);
            if (v > max || maxIndex < 0)
            {
                max = v;
                maxIndex = i;
            }
        }

        if (maskCount == 0)
        {
            throw new InvalidInputException("The mask is empty: no voxel to compute statistics over.");
        }

        if (values.Count == 0)
        {
            throw new InvalidInputException($"The mask is empty of values: all {maskCount} voxels under it are NaN.");
        }

        var sorted = values.ToArray();
        double sum = 0;
        foreach (double v in sorted)
        {
            sum += v;
        }

        double mean = sum / sorted.Length;

        // Two-pass variance: the sum of squared deviations from the mean, stable where Σx² − n·mean² is not.
        double squares = 0;
        foreach (double v in sorted)
        {
            double d = v - mean;
            squares += d * d;
        }

        Array.Sort(sorted);
        var requested = new PercentileValue[percentiles?.Count ?? 0];
        for (int k = 0; k < requested.Length; k++)
        {
            requested[k] = new PercentileValue(percentiles![k], Percentile(sorted, percentiles[k]));
        }

        var maxVoxel = image.Geometry.IndexOf(maxIndex);
        int n = sorted.Length;
        return new MaskedStatisticsResult
        {
            MaskVoxelCount = maskCount,
            Count = n,
            NanCount = nanCount,
            VolumeMl = maskCount * image.Geometry.VoxelVolumeMl,
            Sum = sum,
            Mean = mean,
            StandardDeviationSample = n > 1 ? Math.Sqrt(squares / (n - 1)) : double.NaN,
            StandardDeviationPopulation = Math.Sqrt(squares / n),
            Min = sorted[0],
            Max = sorted[n - 1],
            Median = Percentile(sorted, 50),
            Percentiles = requested,
            MaxIndex = maxVoxel,
            MaxWorld = image.Geometry.IndexToWorld(maxVoxel.X, maxVoxel.Y, maxVoxel.Z),
        };
    }
}
