using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// One-way analysis of variance, F = (SS_between/(k−1)) / (SS_within/(N−k)) (R: <c>anova(lm(y ~ g))</c>,
/// <c>oneway.test(var.equal = TRUE)</c>; SPSS ONEWAY).
/// </summary>
public static class OneWayAnova
{
    public static TestResult Compute(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2 || groups.Any(g => g.Count == 0))
        {
            throw new ArgumentException("ANOVA needs at least two non-empty groups.", nameof(groups));
        }

        int total = groups.Sum(g => g.Count);
        int k = groups.Count;
        if (total <= k)
        {
            throw new ArgumentException("ANOVA needs more observations than groups.", nameof(groups));
        }

        double grandMean = Summary.Mean(groups.SelectMany(g => g).ToArray());
        double between = 0, within = 0;
        foreach (var group in groups)
        {
            double mean = Summary.Mean(group);
            between += group.Count * (mean - grandMean) * (mean - grandMean);
            foreach (double v in group)
            {
                within += (v - mean) * (v - mean);
            }
        }

        double df1 = k - 1, df2 = total - k;
        double f = (between / df1) / (within / df2);
        return new TestResult(TestNames.Anova, f, Tails.FisherUpper(f, df1, df2), df1, df2);
    }
}
