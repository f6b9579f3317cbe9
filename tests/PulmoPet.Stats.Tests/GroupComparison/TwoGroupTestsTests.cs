using PulmoPet.Stats.GroupComparison;

namespace PulmoPet.Stats.Tests.GroupComparison;

/// <summary>
/// Reference values from R 4.2.2 (Debian), the call in each comment. Cross-check: SciPy 1.10.1 gives the same
/// p-values to ≤ 2e-15 relative: <c>ttest_ind(x, y)</c>, <c>ttest_ind(x, y, equal_var=False)</c>,
/// <c>mannwhitneyu(x, y, method="exact")</c>, <c>levene(x, y, center="median" | "mean")</c>,
/// <c>mannwhitneyu(xt, yt, method="asymptotic", use_continuity=True)</c>.
/// </summary>
public sealed class TwoGroupTestsTests
{
    // R: x <- c(4.2, 6.1, 3.9, 8.3, 5.5, 7.0, 2.8, 9.1); y <- c(10.4, 7.7, 12.9, 9.8, 11.6, 6.9, 13.5)
    private static readonly double[] X = [4.2, 6.1, 3.9, 8.3, 5.5, 7.0, 2.8, 9.1];
    private static readonly double[] Y = [10.4, 7.7, 12.9, 9.8, 11.6, 6.9, 13.5];

    [Fact]
    public void StudentMatchesR()
    {
        // R: t.test(x, y, var.equal = TRUE) -> t = -3.7489160514315936, df = 13, p = 0.0024324911029718053
        var r = StudentTTest.Compute(X, Y);
        Approx.Equal(-3.7489160514315936, r.Statistic, 1e-12);
        Assert.Equal(13, r.Df);
        Approx.Equal(0.0024324911029718053, r.PValue);
        Assert.Equal("t-test", r.Test);
    }

    [Fact]
    public void WelchMatchesR()
    {
        // R: t.test(x, y) -> t = -3.7159568692496379, df = 12.142448696153879, p = 0.0028922064041261575
        var r = WelchTTest.Compute(X, Y);
        Approx.Equal(-3.7159568692496379, r.Statistic, 1e-12);
        Approx.Equal(12.142448696153879, r.Df, 1e-12);
        Approx.Equal(0.0028922064041261575, r.PValue);
    }

    [Fact]
    public void LeveneMedianMatchesCarDefault()
    {
        // R: v <- c(x, y); g <- factor(rep(1:2, c(8, 7)))
        // car::leveneTest(v ~ g) (car 3.1.1, center = median) -> F = 0.079509201718333672, df 1, 13, p = 0.78240255460368557
        // (identical to anova(lm(abs(v - ave(v, g, FUN = median)) ~ g)))
        var r = LeveneTest.Compute([X, Y]);
        Approx.Equal(0.079509201718333672, r.Statistic, 1e-10);
        Assert.Equal(1, r.Df);
        Assert.Equal(13, r.Df2);
        Approx.Equal(0.78240255460368557, r.PValue);
    }

    [Fact]
    public void LeveneMeanMatchesSpssDefinition()
    {
        // R: car::leveneTest(v ~ g, center = mean) -> F = 0.079634533739273608, p = 0.78223594597234092
        var r = LeveneTest.Compute([X, Y], LeveneCenter.Mean);
        Approx.Equal(0.079634533739273608, r.Statistic, 1e-10);
        Approx.Equal(0.78223594597234092, r.PValue);
    }

    [Fact]
    public void MannWhitneyExactSmallMatchesR()
    {
        // R: wilcox.test(x, y) -> W = 5, p = 0.0059052059052059052 (exact)
        var r = MannWhitneyUTest.Compute(X, Y);
        Assert.Equal(5, r.Statistic);
        Approx.Equal(0.0059052059052059052, r.PValue);
        Assert.Equal("exact", r.Method);
    }

    [Fact]
    public void MannWhitneyExact30By40MatchesR()
    {
        // R: set.seed(1); xe <- round(rnorm(30, 10, 2), 3); ye <- round(rnorm(40, 11, 2), 3)
        // wilcox.test(xe, ye) -> W = 402, p = 0.018399774924764793 (exact, no ties)
        double[] xe = [8.747, 10.367, 8.329, 13.191, 10.659, 8.359, 10.975, 11.477, 11.152, 9.389, 13.024, 10.78, 8.758, 5.571, 12.25, 9.91, 9.968, 11.888, 11.642, 11.188, 11.838, 11.564, 10.149, 6.021, 11.24, 9.888, 9.688, 7.058, 9.044, 10.836];
        double[] ye = [13.717, 10.794, 11.775, 10.892, 8.246, 10.17, 10.211, 10.881, 13.2, 12.526, 10.671, 10.493, 12.394, 12.113, 9.622, 9.585, 11.729, 12.537, 10.775, 12.762, 11.796, 9.776, 11.682, 8.741, 13.866, 14.961, 10.266, 8.912, 12.139, 10.73, 15.803, 10.922, 12.379, 11.056, 9.513, 11.378, 7.39, 13.931, 11.307, 15.345];
        var r = MannWhitneyUTest.Compute(xe, ye);
        Assert.Equal(402, r.Statistic);
        Approx.Equal(0.018399774924764793, r.PValue);
    }

    [Fact]
    public void MannWhitneyWithTiesUsesCorrectedNormalApproximation()
    {
        // R: wilcox.test(c(1,2,2,3,3,3,4,5,5,6,7,7), c(3,4,4,5,6,6,7,8,8,9,9,10,11)) -> W = 28.5, p = 0.0073569824274186315
        var r = MannWhitneyUTest.Compute([1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 7, 7], [3, 4, 4, 5, 6, 6, 7, 8, 8, 9, 9, 10, 11]);
        Assert.Equal(28.5, r.Statistic);
        Approx.Equal(0.0073569824274186315, r.PValue);
    }

    [Fact]
    public void MannWhitneyLargeSamplesUseNormalApproximation()
    {
        // R: wilcox.test((1:60) * 1.5, (1:55) * 1.6 + 0.05) -> W = 1682, p = 0.86000630328714855
        var x = Enumerable.Range(1, 60).Select(i => i * 1.5).ToArray();
        var y = Enumerable.Range(1, 55).Select(i => i * 1.6 + 0.05).ToArray();
        var r = MannWhitneyUTest.Compute(x, y);
        Assert.Equal(1682, r.Statistic);
        Approx.Equal(0.86000630328714855, r.PValue);
    }

    [Fact]
    public void GroupsOfOneAreRejected()
    {
        Assert.Throws<ArgumentException>(() => StudentTTest.Compute([1.0], [2.0, 3.0]));
    }
}
