using PulmoPet.Stats.Descriptive;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>Mean, SD, median and quartiles (R quantile type 7) of one group's values.</summary>
public sealed record ContinuousSummary(int N, double Mean, double StandardDeviation, double Median, double Q1, double Q3)
{
    public static ContinuousSummary Of(IReadOnlyList<double> values) => values.Count == 0
        ? new ContinuousSummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
        : new ContinuousSummary(
            values.Count,
            Summary.Mean(values),
            Summary.StandardDeviation(values),
            Summary.Median(values),
            Summary.Quantile(values, 0.25),
            Summary.Quantile(values, 0.75));
}
