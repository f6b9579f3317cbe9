using PulmoPet.Stats.Agreement;

namespace PulmoPet.Stats.Tests.Agreement;

/// <summary>
/// Reference values from SciPy 1.x (/usr/bin/python3):
/// <code>
/// import numpy as np; from scipy import stats
/// pred=np.array([0.9,1.2,0.4,1.6,1.1,0.7,2.0,0.3,1.0,1.3,5.0,0.8]); true=np.array([1.0,1.1,0.5,1.4,0.9,0.9,1.8,0.2,1.2,1.5,0.0,0.7])
/// lung=np.array([1,1,1,1,1,1,1,1,1,1,0,1])&gt;0; p=pred[lung]; t=true[lung]
/// stats.spearmanr(p,t).correlation                         # 0.9202757361079746
/// hp=p&gt;np.quantile(p,q); ht=t&gt;np.quantile(t,q)             # q = 0.5 and 0.25
/// 2*(hp&amp;ht).sum()/(hp.sum()+ht.sum()); 2*(~hp&amp;~ht).sum()/((~hp).sum()+(~ht).sum())
///   # q=0.5: 0.8, 0.8333333333333334; q=0.25: 0.875, 0.6666666666666666
/// [stats.pearsonr(P[:,l],T[:,l])[0] for l in range(5)]       # the lobe matrices below
///   # [0.8485281374238569, 0.8315218406202995, 0.9563820714895626, 0.74535599249993, 0.868243142124459]
/// </code>
/// </summary>
public sealed class PerfusionAgreementTests
{
    private static readonly float[] Predicted = [0.9f, 1.2f, 0.4f, 1.6f, 1.1f, 0.7f, 2.0f, 0.3f, 1.0f, 1.3f, 5.0f, 0.8f];
    private static readonly float[] Truth = [1.0f, 1.1f, 0.5f, 1.4f, 0.9f, 0.9f, 1.8f, 0.2f, 1.2f, 1.5f, 0.0f, 0.7f];
    private static readonly byte[] Lungs = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1];
    private static readonly byte[] Lobes = [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0, 1];

    [Fact]
    public void CaseMetricsMatchScipy()
    {
        var m = PerfusionAgreement.Evaluate("c", Predicted, Truth, Lungs, Lobes);
        Assert.Equal(0.9202757361079746, m.Spearman, 10);
        Assert.Equal(0.8, m.DiceHighFunction, 12);
        Assert.Equal(0.8333333333333334, m.DiceLowFunction, 12);

        // Lobe means by hand: RUL (0.9 + 1.2 + 0.8)/3, true (1.0 + 1.1 + 0.7)/3; the voxel outside the lungs is ignored.
        Assert.Equal(2.9 / 3, m.LobeMeanPredicted[1], 6);
        Assert.Equal(2.8 / 3, m.LobeMeanTrue[1], 6);
        Assert.Equal(1.15, m.LobeMeanPredicted[5], 6);
        Assert.Equal(1.35, m.LobeMeanTrue[5], 6);
    }

    [Fact]
    public void AnotherSplitQuantileMatchesScipy()
    {
        var m = PerfusionAgreement.Evaluate("c", Predicted, Truth, Lungs, Lobes, splitQuantile: 0.25);
        Assert.Equal(0.875, m.DiceHighFunction, 12);
        Assert.Equal(0.6666666666666666, m.DiceLowFunction, 12);
    }

    [Fact]
    public void LobeCorrelationsAcrossCasesMatchScipy()
    {
        double[][] predicted = [[1.0, 0.8, 1.2, 0.9, 1.1], [0.9, 1.0, 1.3, 0.8, 1.0], [1.1, 0.7, 1.0, 1.0, 1.2], [0.8, 0.9, 1.4, 0.7, 0.9]];
        double[][] truth = [[1.1, 0.7, 1.1, 1.0, 1.0], [0.8, 1.1, 1.2, 0.9, 1.1], [1.2, 0.8, 0.9, 0.9, 1.3], [0.9, 0.9, 1.5, 0.6, 0.8]];
        var cases = predicted.Zip(truth, (p, t) => new PerfusionCaseMetrics("c", 0, 0, 0, [double.NaN, .. p], [double.NaN, .. t])).ToList();
        double[] r = PerfusionAgreement.LobeCorrelations(cases);
        double[] expected = [0.8485281374238569, 0.8315218406202995, 0.9563820714895626, 0.74535599249993, 0.868243142124459];
        for (int lobe = 1; lobe <= 5; lobe++)
        {
            Assert.Equal(expected[lobe - 1], r[lobe], 10);
        }
    }

    [Theory]
    [InlineData(0.5, 2.5)]
    [InlineData(0.25, 1.75)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    public void QuantileIsNumpysLinearInterpolation(double q, double expected) =>
        // np.quantile([4, 1, 3, 2], q)
        Assert.Equal(expected, PerfusionAgreement.Quantile([4.0, 1.0, 3.0, 2.0], q), 12);
}
