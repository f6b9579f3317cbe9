using PulmoPet.Stats.Correlation;

namespace PulmoPet.Stats.Tests.Correlation;

public sealed class CorrelationTests
{
    private static readonly double[] A7 = [1.2, 3.4, 2.2, 5.1, 4.0, 6.3, 2.9];
    private static readonly double[] B7 = [2.0, 2.9, 3.5, 4.8, 3.9, 6.0, 1.1];
    private static readonly double[] A15 = [3.1, 7.4, 2.2, 9.9, 5.5, 6.8, 1.4, 8.7, 4.3, 10.2, 11.9, 0.7, 12.5, 13.3, 14.8];
    private static readonly double[] B15 = [2.5, 6.9, 4.1, 8.0, 3.3, 9.4, 1.2, 7.7, 5.8, 12.6, 10.1, 0.9, 11.0, 14.2, 13.7];

    [Fact]
    public void SpearmanExactN7MatchesR()
    {
        // R: cor.test(a7, b7, method = "spearman") -> rho = 0.82142857142857129, S = 10, p = 0.034126984126984124
        var r = SpearmanCorrelation.Test(A7, B7);
        Approx.Equal(0.82142857142857129, r.Estimate, 1e-12);
        Approx.Equal(10, r.Statistic, 1e-9);
        Approx.Equal(0.034126984126984124, r.PValue);
        Assert.Equal("exact", r.PValueMethod);
    }

    [Fact]
    public void SpearmanExactN9MatchesR()
    {
        // R: cor.test(c(9,2,7,4,1,8,3,6,5), c(8,1,9,3,2,5,4,7,6), method = "spearman") -> rho = 0.83333333333333337, S = 20, p = 0.0082671957671957667
        var r = SpearmanCorrelation.Test([9, 2, 7, 4, 1, 8, 3, 6, 5], [8, 1, 9, 3, 2, 5, 4, 7, 6]);
        Approx.Equal(0.83333333333333337, r.Estimate, 1e-12);
        Approx.Equal(0.0082671957671957667, r.PValue);
    }

    [Fact]
    public void SpearmanEdgeworthN15MatchesR()
    {
        // R: a15n <- c(3.1, 7.4, 2.2, 9.9, 5.5, 6.8, 1.4, 8.7, 4.3, 10.2, 11.9, 0.7, 12.5, 13.3, 14.8)
        //    b15n <- c(12.5, 6.9, 4.1, 8.0, 3.3, 9.4, 1.2, 7.7, 5.8, 2.6, 10.1, 0.9, 11.0, 4.2, 13.7)
        //    cor.test(a15n, b15n, method = "spearman") -> rho = 0.54285714285714282, S = 256, p = 0.039158555144174989
        double[] b = [12.5, 6.9, 4.1, 8.0, 3.3, 9.4, 1.2, 7.7, 5.8, 2.6, 10.1, 0.9, 11.0, 4.2, 13.7];
        var r = SpearmanCorrelation.Test(A15, b);
        Approx.Equal(0.54285714285714282, r.Estimate, 1e-12);
        Approx.Equal(256, r.Statistic, 1e-9);
        Approx.Equal(0.039158555144174989, r.PValue);
        Assert.Equal("Edgeworth series (AS 89)", r.PValueMethod);
    }

    [Fact]
    public void SpearmanEdgeworthClampsToZeroAsR()
    {
        // R: cor.test(a15, b15, method = "spearman") -> rho = 0.94642857142857117, p-value = 0 (AS 89 clamps to [0, 1])
        var r = SpearmanCorrelation.Test(A15, B15);
        Approx.Equal(0.94642857142857117, r.Estimate, 1e-12);
        Assert.Equal(0.0, r.PValue);
    }

    [Fact]
    public void SpearmanWithTiesUsesTApproximation()
    {
        // R: cor.test(c(1,2,2,3,4,4,5,6,7,8,8,9), c(2,1,3,3,5,4,6,6,8,7,9,9), method = "spearman")
        // -> rho = 0.96466431095406358, S = 10.106007067137817, p = 4.0885382273263612e-07
        var r = SpearmanCorrelation.Test([1, 2, 2, 3, 4, 4, 5, 6, 7, 8, 8, 9], [2, 1, 3, 3, 5, 4, 6, 6, 8, 7, 9, 9]);
        Approx.Equal(0.96466431095406358, r.Estimate, 1e-12);
        Approx.Equal(10.106007067137817, r.Statistic, 1e-9);
        Approx.Equal(4.0885382273263612e-07, r.PValue);
        Assert.Equal("t approximation", r.PValueMethod);
    }

    [Fact]
    public void PearsonMatchesR()
    {
        // R: cor.test(a15, b15) -> r = 0.93685537469040903, t = 9.6588948226776967, df = 13, p = 2.6872855995138996e-07,
        //    95% CI 0.81639253060550876 0.97918937572356102
        var r = PearsonCorrelation.Test(A15, B15);
        Approx.Equal(0.93685537469040903, r.Estimate, 1e-12);
        Approx.Equal(9.6588948226776967, r.Statistic, 1e-10);
        Approx.Equal(2.6872855995138996e-07, r.PValue);
        Approx.Equal(0.81639253060550876, r.ConfidenceLower, 1e-9);
        Approx.Equal(0.97918937572356102, r.ConfidenceUpper, 1e-9);
    }

    [Fact]
    public void PearsonSmallMatchesR()
    {
        // R: cor.test(a7, b7) -> r = 0.82946262007320881, t = 3.3205517885502882, p = 0.020995538115978259, CI 0.20354645762340876 0.97407857115899987
        var r = PearsonCorrelation.Test(A7, B7);
        Approx.Equal(0.82946262007320881, r.Estimate, 1e-12);
        Approx.Equal(0.020995538115978259, r.PValue);
        Approx.Equal(0.20354645762340876, r.ConfidenceLower, 1e-9);
        Approx.Equal(0.97407857115899987, r.ConfidenceUpper, 1e-9);
    }

    [Theory]
    [InlineData(1290, -0.006350116943651762, 0.81973422944839225, "Edgeworth series (AS 89)")]
    [InlineData(1300, -0.0050737253508616083, 0.85498557594699931, "t approximation")]
    public void SpearmanLargeNBranchesMatchR(int n, double rho, double p, string method)
    {
        // R: i <- 1:n; y <- (i * 7919) %% 1301 + sin(i) / 10; cor.test(i, y, method = "spearman")
        // (no ties: AS 89 up to n = 1290, t approximation above)
        var x = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        var y = Enumerable.Range(1, n).Select(i => (double)((long)i * 7919 % 1301) + Math.Sin(i) / 10).ToArray();
        var r = SpearmanCorrelation.Test(x, y);
        Approx.Equal(rho, r.Estimate, 1e-10);
        Approx.Equal(p, r.PValue);
        Assert.Equal(method, r.PValueMethod);
    }
}
