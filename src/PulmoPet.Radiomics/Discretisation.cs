using PulmoPet.Imaging;

namespace PulmoPet.Radiomics;

/// <summary>
/// Maps ROI intensities to integer grey levels 1…Ng (IBSI 1, section 3.4). Texture matrices and the
/// intensity histogram are computed on these levels.
/// </summary>
public abstract record Discretisation
{
    /// <summary>
    /// Writes the grey level (1…Ng) of each value and returns Ng, the number of grey levels of the
    /// discretised range (levels absent from the ROI included).
    /// </summary>
    /// <param name="values">ROI intensities (intensity mask).</param>
    /// <param name="levels">Output, same length.</param>
    /// <param name="resegmentationMin">Lower bound of the re-segmentation range, if any.</param>
    public abstract int Apply(ReadOnlySpan<double> values, Span<int> levels, double? resegmentationMin);

    /// <summary>The intensity a grey level stands for (the bin centre; the value itself for width-1 bins of integers).</summary>
    public abstract double LevelToIntensity(int level, double roiMin, double roiMax, double? resegmentationMin);

    protected static (double Min, double Max) Range(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new InvalidInputException("The ROI holds no voxels to discretise.");
        }

        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }

        return (min, max);
    }
}

/// <summary>
/// IBSI fixed bin number (3.4.2, K15C): level = ⌊Ng (X − Xmin)/(Xmax − Xmin)⌋ + 1, the maximum going
/// to Ng; a constant ROI gets level 1 everywhere. Same as PyRadiomics binCount.
/// </summary>
public sealed record FixedBinNumber(int Bins) : Discretisation
{
    public override int Apply(ReadOnlySpan<double> values, Span<int> levels, double? resegmentationMin)
    {
        if (Bins < 1)
        {
            throw new InvalidInputException($"The number of bins must be at least 1, not {Bins}.");
        }

        var (min, max) = Range(values);
        double range = max - min;
        for (int i = 0; i < values.Length; i++)
        {
            levels[i] = range > 0 ? Math.Min(Bins, (int)Math.Floor(Bins * (values[i] - min) / range) + 1) : 1;
        }

        return Bins;
    }

    public override double LevelToIntensity(int level, double roiMin, double roiMax, double? resegmentationMin) =>
        roiMin + (level - 0.5) * (roiMax - roiMin) / Bins;
}

/// <summary>
/// IBSI fixed bin size (3.4.3, Q3RU): level = ⌊(X − Xb)/w⌋ + 1 where the lower bound Xb is
/// <see cref="MinimumBound"/>, else the re-segmentation minimum, else the ROI minimum. Bins therefore start
/// at the ROI's own minimum unless a bound is given; compare <see cref="PyRadiomicsBinWidth"/>.
/// </summary>
public sealed record FixedBinSize(double Width, double? MinimumBound = null) : Discretisation
{
    public override int Apply(ReadOnlySpan<double> values, Span<int> levels, double? resegmentationMin)
    {
        CheckWidth(Width);
        var (min, max) = Range(values);
        double bound = MinimumBound ?? resegmentationMin ?? min;
        for (int i = 0; i < values.Length; i++)
        {
            levels[i] = (int)Math.Floor((values[i] - bound) / Width) + 1;
        }

        return (int)Math.Floor((max - bound) / Width) + 1;
    }

    public override double LevelToIntensity(int level, double roiMin, double roiMax, double? resegmentationMin) =>
        (MinimumBound ?? resegmentationMin ?? roiMin) + (level - 0.5) * Width;

    internal static void CheckWidth(double width)
    {
        if (!(width > 0) || !double.IsFinite(width))
        {
            throw new InvalidInputException($"The bin width must be positive and finite, not {width}.");
        }
    }
}

/// <summary>
/// PyRadiomics binWidth (imageoperations.getBinEdges): bin edges are multiples of w starting at
/// ⌊Xmin/w⌋·w, so level = ⌊X/w⌋ − ⌊Xmin/w⌋ + 1. Unlike IBSI <see cref="FixedBinSize"/>, the bins are
/// anchored at 0 (absolute intensity multiples of w), not at the ROI minimum: the same w can give
/// different levels, and one more bin, than IBSI FBS for the same ROI.
/// </summary>
public sealed record PyRadiomicsBinWidth(double Width) : Discretisation
{
    public override int Apply(ReadOnlySpan<double> values, Span<int> levels, double? resegmentationMin)
    {
        FixedBinSize.CheckWidth(Width);
        var (min, max) = Range(values);
        double low = Math.Floor(min / Width);
        for (int i = 0; i < values.Length; i++)
        {
            levels[i] = (int)(Math.Floor(values[i] / Width) - low) + 1;
        }

        return (int)(Math.Floor(max / Width) - low) + 1;
    }

    public override double LevelToIntensity(int level, double roiMin, double roiMax, double? resegmentationMin) =>
        (Math.Floor(roiMin / Width) + level - 0.5) * Width;
}
