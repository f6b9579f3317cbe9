using PulmoPet.Stats.Correlation;
using PulmoPet.Stats.GroupComparison;

namespace PulmoPet.Stats.Tests.GroupComparison;

/// <summary>
/// Worked examples from textbooks, as reproduced in R's own help pages (values from R 4.2.2 to full precision;
/// the rounded values printed in the books/help pages are noted).
/// </summary>
public sealed class TextbookExamplesTests
{
    // Cushny & Peebles (1905) "Student's" sleep data, R datasets::sleep (extra hours of sleep, drug 1 vs drug 2).
    private static readonly double[] SleepDrug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] SleepDrug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    [Fact]
    public void StudentSleepData()
    {
        // R ?t.test: t.test(extra ~ group, data = sleep, var.equal = TRUE) -> t = -1.8608, df = 18, p-value = 0.07919
        // full precision: t = -1.8608134674868528, p = 0.079186714215938175
        var r = StudentTTest.Compute(SleepDrug1, SleepDrug2);
        Approx.Equal(-1.8608134674868528, r.Statistic, 1e-12);
        Approx.Equal(0.079186714215938175, r.PValue);
    }

    [Fact]
    public void WelchSleepData()
    {
        // R ?t.test: t.test(extra ~ group, data = sleep) -> t = -1.8608, df = 17.776, p-value = 0.07939
        // full precision: df = 17.776473516178498, p = 0.079394140187358173
        var r = WelchTTest.Compute(SleepDrug1, SleepDrug2);
        Approx.Equal(17.776473516178498, r.Df, 1e-12);
        Approx.Equal(0.079394140187358173, r.PValue);
    }

    [Fact]
    public void AgrestiPartyIdentificationChiSquare()
    {
        // Agresti (2007) An Introduction to Categorical Data Analysis, Table 2.5 (gender × party identification);
        // R ?chisq.test: X-squared = 30.07, df = 2, p-value = 2.954e-07; full: 30.070149095754672, 2.9535891832117569e-07
        var r = ChiSquareTest.Compute(new ContingencyTable(new[,] { { 762, 327, 468 }, { 484, 239, 477 } }));
        Approx.Equal(30.070149095754672, r.Statistic, 1e-12);
        Approx.Equal(2.9535891832117569e-07, r.PValue);
    }

    [Fact]
    public void AgrestiJobSatisfactionFisher()
    {
        // Agresti (2002) Categorical Data Analysis p. 57, job satisfaction by income (4 × 4, n = 104);
        // R ?fisher.test: fisher.test(Job) p-value = 0.7827; full: 0.78268493896563884
        var r = FisherExactTest.Compute(new ContingencyTable(new[,] { { 1, 3, 10, 6 }, { 2, 3, 10, 7 }, { 1, 6, 14, 12 }, { 0, 1, 9, 11 } }));
        Approx.Equal(0.78268493896563884, r.PValue);
    }

    [Fact]
    public void DobsonPlantGrowthAnovaAndKruskalWallis()
    {
        // Dobson (1983) An Introduction to Statistical Modelling, p. 9; R datasets::PlantGrowth.
        // anova(lm(weight ~ group, PlantGrowth)) -> F = 4.8461, p = 0.01591 (full 4.8460878623801351, 0.015909958325622937)
        // kruskal.test(weight ~ group, PlantGrowth) -> 7.9882287494437154, p = 0.01842375573147197
        IReadOnlyList<double>[] groups =
        [
            [4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14],
            [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69],
            [6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26],
        ];
        var anova = OneWayAnova.Compute(groups);
        Approx.Equal(4.8460878623801351, anova.Statistic, 1e-10);
        Approx.Equal(0.015909958325622937, anova.PValue);
        var kw = KruskalWallisTest.Compute(groups);
        Approx.Equal(7.9882287494437154, kw.Statistic, 1e-10);
        Approx.Equal(0.01842375573147197, kw.PValue);
    }

    [Fact]
    public void HollanderWolfeRankSum()
    {
        // Hollander & Wolfe (1973) p. 69 (permeability constants), R ?wilcox.test;
        // wilcox.test(x, y) (two-sided, exact) -> W = 35, p = 0.2544122544122544
        var r = MannWhitneyUTest.Compute([0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46], [1.15, 0.88, 0.90, 0.74, 1.21]);
        Assert.Equal(35, r.Statistic);
        Approx.Equal(0.2544122544122544, r.PValue);
    }

    [Fact]
    public void HollanderWolfeSpearman()
    {
        // Hollander & Wolfe (1973) p. 187, R ?cor.test: cor.test(x, y, method = "spearman") -> S = 48, rho = 0.6,
        // p-value = 0.0968; full 0.096797839506172836 (exact, n = 9)
        double[] x = [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1];
        double[] y = [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8];
        var r = SpearmanCorrelation.Test(x, y);
        Approx.Equal(0.6, r.Estimate, 1e-12);
        Approx.Equal(48, r.Statistic, 1e-10);
        Approx.Equal(0.096797839506172836, r.PValue);
        // cor.test(x, y) -> r = 0.57118155756382871, p = 0.10817305434949379
        var p = PearsonCorrelation.Test(x, y);
        Approx.Equal(0.57118155756382871, p.Estimate, 1e-12);
        Approx.Equal(0.10817305434949379, p.PValue);
    }
}
