using System.Globalization;
using PulmoPet.Stats.Descriptive;

namespace PulmoPet.Stats.Survival;

/// <summary>
/// Where a continuous score is split into "low" (≤ cut) and "high" (&gt; cut): the median or mean of the analysed
/// cases, or a fixed value set before looking at the data (e.g. SUVmax 2.5, or a cut-off published elsewhere —
/// the only choice that gives an unbiased log-rank p-value).
/// </summary>
public sealed record ScoreCut
{
    private ScoreCut(string rule, double value)
    {
        Rule = rule;
        Value = value;
    }

    public static ScoreCut Median { get; } = new("median", double.NaN);

    public static ScoreCut Mean { get; } = new("mean", double.NaN);

    /// <summary>"median", "mean" or the fixed value.</summary>
    public string Rule { get; }

    /// <summary>The fixed cut; NaN for data-derived rules.</summary>
    public double Value { get; }

    public static ScoreCut Fixed(double value) =>
        double.IsFinite(value) ? new ScoreCut("value", value) : throw new ArgumentException("A fixed cut must be a finite number.", nameof(value));

    /// <summary>Parses "median", "mean" or a number in invariant culture; null when it is none of these.</summary>
    public static ScoreCut? TryParse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "median" => Median,
        "mean" => Mean,
        var s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) => Fixed(v),
        _ => null,
    };

    public double Resolve(IReadOnlyList<double> scores) => Rule switch
    {
        "median" => Summary.Median(scores),
        "mean" => Summary.Mean(scores),
        _ => Value,
    };

    public override string ToString() => Rule == "value" ? Value.ToString("R", CultureInfo.InvariantCulture) : Rule;
}
