namespace PulmoPet.Stats.Modeling.Preprocessing;

/// <summary>
/// Flags features that carry (almost) no information on the training rows: fewer than two distinct non-missing values,
/// more than <see cref="MaximumMissingFraction"/> missing, or one value in at least <see cref="MaximumModeFraction"/>
/// of the non-missing rows (caret's <c>nearZeroVar</c> with freqCut 95/5 in spirit: a column that is one value
/// with a handful of exceptions cannot be scaled stably in a small fold).
/// </summary>
public sealed record NearConstantFilter
{
    public const double DefaultMaximumModeFraction = 0.95;
    public const double DefaultMaximumMissingFraction = 0.5;

    public double MaximumModeFraction { get; init; } = DefaultMaximumModeFraction;

    public double MaximumMissingFraction { get; init; } = DefaultMaximumMissingFraction;

    /// <summary>Indices of the columns to keep, ascending.</summary>
    public int[] Keep(IReadOnlyList<double[]> rows, int columnCount)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var keep = new List<int>();
        for (int j = 0; j < columnCount; j++)
        {
            var present = rows.Select(r => r[j]).Where(v => !double.IsNaN(v)).ToArray();
            if (present.Length == 0 || rows.Count - present.Length > MaximumMissingFraction * rows.Count)
            {
                continue;
            }

            int mode = present.GroupBy(v => v).Max(g => g.Count());
            if (mode < present.Length && mode < MaximumModeFraction * present.Length)
            {
                keep.Add(j);
            }
        }

        return keep.ToArray();
    }
}
