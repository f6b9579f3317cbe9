using PulmoPet.Stats.GroupComparison;

namespace PulmoPet.Stats.Tests.GroupComparison;

/// <summary>
/// R 4.2.2 references; SciPy 1.10.1 <c>chi2_contingency(t, correction=False)</c> and <c>fisher_exact</c> (2 × 2)
/// agree to ≤ 2e-15 relative.
/// </summary>
public sealed class CategoricalTestsTests
{
    [Fact]
    public void PearsonChiSquare3By2MatchesR()
    {
        // R: chisq.test(matrix(c(20, 15, 30, 25, 10, 40), nrow = 3, byrow = TRUE), correct = FALSE)
        // -> X-squared = 16.651515151515149, df = 2, p = 0.00024219737240769614
        var r = ChiSquareTest.Compute(new ContingencyTable(new[,] { { 20, 15 }, { 30, 25 }, { 10, 40 } }));
        Approx.Equal(16.651515151515149, r.Statistic, 1e-12);
        Assert.Equal(2, r.Df);
        Approx.Equal(0.00024219737240769614, r.PValue);
    }

    [Fact]
    public void PearsonChiSquare2By2HasNoContinuityCorrection()
    {
        // R: chisq.test(matrix(c(30, 12, 18, 25), 2), correct = FALSE) -> X-squared = 7.5568487923139056, p = 0.0059782435261876996
        var r = ChiSquareTest.Compute(new ContingencyTable(new[,] { { 30, 18 }, { 12, 25 } }));
        Approx.Equal(7.5568487923139056, r.Statistic, 1e-12);
        Approx.Equal(0.0059782435261876996, r.PValue);
    }

    public static TheoryData<int[,], double> FisherCases => new()
    {
        // Fisher (1935) lady tasting tea; R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.48571428571428582 (= 34/70)
        { new[,] { { 3, 1 }, { 1, 3 } }, 0.48571428571428582 },
        // R: fisher.test(matrix(c(10, 2, 3, 15), 2))$p.value
        { new[,] { { 10, 3 }, { 2, 15 } }, 0.00053672411914343734 },
        // R: fisher.test(matrix(c(30, 12, 18, 25), 2))$p.value
        { new[,] { { 30, 18 }, { 12, 25 } }, 0.0085429521190048315 },
        // R: fisher.test(matrix(c(3, 1, 4, 2, 0, 5), 2))$p.value (2 x 3, filled by column)
        { new[,] { { 3, 4, 0 }, { 1, 2, 5 } }, 0.04972804972804986 },
        // R: fisher.test(matrix(c(2, 3, 1, 4, 0, 2, 1, 5, 3), 3))$p.value (3 x 3, filled by column)
        { new[,] { { 2, 4, 1 }, { 3, 0, 5 }, { 1, 2, 3 } }, 0.13669921409859309 },
        // R: fisher.test(matrix(c(1,2,0,3, 2,0,4,1, 3,1,1,2), 3, byrow = TRUE))$p.value
        { new[,] { { 1, 2, 0, 3 }, { 2, 0, 4, 1 }, { 3, 1, 1, 2 } }, 0.25158046288076846 },
    };

    [Theory]
    [MemberData(nameof(FisherCases))]
    public void FisherMatchesR(int[,] counts, double expected)
    {
        var r = FisherExactTest.Compute(new ContingencyTable(counts));
        Approx.Equal(expected, r.PValue);
        Assert.Equal("fisher", r.Test);
    }

    [Fact]
    public void FisherLargeSparseTableBeyondRsDefaultWorkspace()
    {
        // 5 × 3, n = 300, one sparse row (expected counts < 5): R's fisher.test fails with the default workspace
        // ("FEXACT error 7 … LDSTP=18600 is too small"); with workspace = 2e8:
        // fisher.test(matrix(c(40,35,30, 25,20,30, 30,25,20, 10,12,15, 2,3,3), 5, byrow = TRUE), workspace = 2e8)$p.value = 0.6468216680823109
        var r = FisherExactTest.Compute(new ContingencyTable(new[,] { { 40, 35, 30 }, { 25, 20, 30 }, { 30, 25, 20 }, { 10, 12, 15 }, { 2, 3, 3 } }));
        Approx.Equal(0.6468216680823109, r.PValue);
    }

    [Fact]
    public void FisherIsSymmetricUnderTransposition()
    {
        var a = FisherExactTest.Compute(new ContingencyTable(new[,] { { 1, 2, 0, 3 }, { 2, 0, 4, 1 }, { 3, 1, 1, 2 } }));
        var b = FisherExactTest.Compute(new ContingencyTable(new[,] { { 1, 2, 3 }, { 2, 0, 1 }, { 0, 4, 1 }, { 3, 1, 2 } }));
        Approx.Equal(a.PValue, b.PValue, 1e-12);
    }
}
