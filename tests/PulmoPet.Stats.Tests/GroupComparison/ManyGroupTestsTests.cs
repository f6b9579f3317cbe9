using PulmoPet.Stats.GroupComparison;

namespace PulmoPet.Stats.Tests.GroupComparison;

/// <summary>R 4.2.2 references; SciPy 1.10.1 <c>f_oneway</c> and <c>kruskal</c> agree to ≤ 2e-15 relative.</summary>
public sealed class ManyGroupTestsTests
{
    // R: g1 <- c(2.1, 3.4, 1.9, 5.6, 3.4, 2.8); g2 <- c(4.5, 5.1, 6.3, 3.4, 5.9); g3 <- c(7.2, 6.3, 8.8, 5.0, 9.4, 7.7, 6.1)
    //    v3 <- c(g1, g2, g3); f3 <- factor(rep(1:3, c(6, 5, 7)))
    private static readonly IReadOnlyList<double>[] Groups =
    [
        [2.1, 3.4, 1.9, 5.6, 3.4, 2.8],
        [4.5, 5.1, 6.3, 3.4, 5.9],
        [7.2, 6.3, 8.8, 5.0, 9.4, 7.7, 6.1],
    ];

    [Fact]
    public void AnovaMatchesR()
    {
        // R: anova(lm(v3 ~ f3)) -> F = 13.692852476738087, df 2, 15, p = 0.00041356032009870822
        var r = OneWayAnova.Compute(Groups);
        Approx.Equal(13.692852476738087, r.Statistic, 1e-10);
        Assert.Equal(2, r.Df);
        Assert.Equal(15, r.Df2);
        Approx.Equal(0.00041356032009870822, r.PValue);
    }

    [Fact]
    public void KruskalWallisWithTiesMatchesR()
    {
        // R: kruskal.test(v3, f3) -> H = 11.16420667852203, df = 2, p = 0.0037646388727569998
        var r = KruskalWallisTest.Compute(Groups);
        Approx.Equal(11.16420667852203, r.Statistic, 1e-10);
        Assert.Equal(2, r.Df);
        Approx.Equal(0.0037646388727569998, r.PValue);
    }

    [Fact]
    public void LeveneThreeGroupsMatchesR()
    {
        // R: anova(lm(abs(v3 - ave(v3, f3, FUN = median)) ~ f3)) -> F = 0.34321543921209025, p = 0.71491332516313655
        var r = LeveneTest.Compute(Groups);
        Approx.Equal(0.34321543921209025, r.Statistic, 1e-10);
        Approx.Equal(0.71491332516313655, r.PValue);
    }

    [Fact]
    public void KruskalWallisTextbookExample()
    {
        // Hollander & Wolfe (1973) p. 116, R's ?kruskal.test example:
        // kruskal.test(list(c(2.9, 3.0, 2.5, 2.6, 3.2), c(3.8, 2.7, 4.0, 2.4), c(2.8, 3.4, 3.7, 2.2, 2.0)))
        // -> Kruskal-Wallis chi-squared = 0.77143, df = 2, p-value = 0.68 (documented in R's help page)
        var r = KruskalWallisTest.Compute([[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]]);
        Assert.Equal(0.77143, r.Statistic, 5);
        Assert.Equal(0.68, r.PValue, 2);
    }
}

/// <summary>Welch's heteroscedastic ANOVA against R 4.2.2 <c>oneway.test(var.equal = FALSE)</c>.</summary>
public sealed class WelchAnovaTests
{
    [Fact]
    public void MatchesROnwayTest()
    {
        // R: oneway.test(v3 ~ f3) with the groups of ManyGroupTestsTests
        //    -> F = 11.75472846268878, num df 2, denom df 9.8743155230536548, p = 0.0024440116673161033
        var r = WelchAnova.Compute([[2.1, 3.4, 1.9, 5.6, 3.4, 2.8], [4.5, 5.1, 6.3, 3.4, 5.9], [7.2, 6.3, 8.8, 5.0, 9.4, 7.7, 6.1]]);
        Approx.Equal(11.75472846268878, r.Statistic, 1e-10);
        Assert.Equal(2, r.Df);
        Approx.Equal(9.8743155230536548, r.Df2, 1e-10);
        Approx.Equal(0.0024440116673161033, r.PValue);
    }

    [Fact]
    public void UnequalVariancesMatchR()
    {
        // R: x <- c(1,2,3,4,5, 10,30,50,70, 4,4.5,5,5.5,6,6.5); f <- factor(rep(1:3, c(5,4,6))); oneway.test(x ~ f)
        //    -> F = 6.807186144401244476, denom df 5.408726948051215011, p = 0.033336035261509141
        var r = WelchAnova.Compute([[1, 2, 3, 4, 5], [10, 30, 50, 70], [4, 4.5, 5, 5.5, 6, 6.5]]);
        Approx.Equal(6.807186144401244476, r.Statistic, 1e-10);
        Approx.Equal(5.408726948051215011, r.Df2, 1e-10);
        Approx.Equal(0.033336035261509141, r.PValue);
    }

    [Fact]
    public void ConstantGroupIsRefused()
    {
        Assert.Throws<ArgumentException>(() => WelchAnova.Compute([[1, 1, 1], [2, 3, 4], [5, 6, 8]]));
    }
}
