namespace PulmoPet.Stats.GroupComparison;

/// <summary>Centre of Levene's test.</summary>
public enum LeveneCenter
{
    /// <summary>Brown &amp; Forsythe (1974) median centring: R <c>car::leveneTest</c> default; robust to skew.</summary>
    Median,

    /// <summary>Levene (1960) mean centring: SPSS "Levene's Test for Equality of Variances" (T-TEST, ONEWAY).</summary>
    Mean,
}

/// <summary>
/// Levene's test of equal variances: a one-way ANOVA on z_ij = |x_ij − centre_i|
/// (R: <c>car::leveneTest(y ~ g, center = median | mean)</c>). PulmoPet uses median centring
/// (<see cref="DefaultCenter"/>), as R's car package does, because FDG uptake values are right-skewed;
/// SPSS's mean-centred value is available with <see cref="LeveneCenter.Mean"/>.
/// </summary>
public static class LeveneTest
{
    public const LeveneCenter DefaultCenter = LeveneCenter.Median;

    public static TestResult Compute(IReadOnlyList<IReadOnlyList<double>> groups, LeveneCenter center = DefaultCenter)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var deviations = groups.Select(g =>
        {
            double c = center == LeveneCenter.Median ? Descriptive.Summary.Median(g) : Descriptive.Summary.Mean(g);
            return (IReadOnlyList<double>)g.Select(v => Math.Abs(v - c)).ToArray();
        }).ToArray();
        var anova = OneWayAnova.Compute(deviations);
        return anova with
        {
            Test = TestNames.Levene,
            Method = center == LeveneCenter.Median ? "Brown-Forsythe (median centred)" : "mean centred",
        };
    }
}
