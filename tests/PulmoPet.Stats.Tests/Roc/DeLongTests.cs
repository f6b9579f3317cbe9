using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Roc;

namespace PulmoPet.Stats.Tests.Roc;

public sealed class DeLongTests
{
    [Fact]
    public void PairedTestMatchesPRocRocTest()
    {
        // R (roc.R, pROC 1.18.0): ra <- roc(y, pa, direction = "<"); rb <- roc(y, pb, direction = "<")
        // roc.test(ra, rb, method = "delong", paired = TRUE) -> Z = 0.93561537705120346, p = 0.34947125447052457,
        //   conf.int -0.10229560344578101 0.28916429031446811; auc(rb) = 0.73863636363636365
        var a = PredictionSet.Load(Fixture.Path("binary_a.csv"));
        var b = PredictionSet.Load(Fixture.Path("binary_b.csv"));
        var positive = a.Truth.Select(t => t == 1).ToArray();
        var test = DeLong.Paired(a.Probabilities[1], b.Probabilities[1], positive);
        Approx.Equal(0.83207070707070707, test.AucA, 1e-12);
        Approx.Equal(0.73863636363636365, test.AucB, 1e-12);
        Approx.Equal(0.93561537705120346, test.Z, 1e-10);
        Approx.Equal(0.34947125447052457, test.PValue);
        Approx.Equal(-0.10229560344578101, test.Lower, 1e-9);
        Approx.Equal(0.28916429031446811, test.Upper, 1e-9);
    }

    [Fact]
    public void HanleyMcNeilTextbookAuc()
    {
        // Hanley & McNeil (1982) Radiology 143:29, Table 1: 58 normal / 51 abnormal CT images rated 1..5;
        // the trapezoidal (Wilcoxon) area is 0.893.
        int[] normal = [33, 6, 6, 11, 2];
        int[] abnormal = [3, 2, 2, 11, 33];
        var scores = new List<double>();
        var positive = new List<bool>();
        for (int rating = 0; rating < 5; rating++)
        {
            scores.AddRange(Enumerable.Repeat((double)rating + 1, normal[rating]));
            positive.AddRange(Enumerable.Repeat(false, normal[rating]));
            scores.AddRange(Enumerable.Repeat((double)rating + 1, abnormal[rating]));
            positive.AddRange(Enumerable.Repeat(true, abnormal[rating]));
        }

        var estimate = DeLong.Estimate(scores, positive);
        Assert.Equal(0.893, estimate.Auc, 3);
    }

    [Fact]
    public void RocCurveRunsFromOriginToOneOneAndAreaEqualsAuc()
    {
        double[] scores = [0.1, 0.4, 0.35, 0.8, 0.4];
        bool[] positive = [false, false, true, true, true];
        var roc = RocCurve.Create(scores, positive);
        Assert.Equal((0.0, 0.0), (roc.Points[0].FalsePositiveRate, roc.Points[0].TruePositiveRate));
        Assert.Equal((1.0, 1.0), (roc.Points[^1].FalsePositiveRate, roc.Points[^1].TruePositiveRate));
        double trapezoid = 0;
        for (int i = 1; i < roc.Points.Count; i++)
        {
            trapezoid += (roc.Points[i].FalsePositiveRate - roc.Points[i - 1].FalsePositiveRate)
                * (roc.Points[i].TruePositiveRate + roc.Points[i - 1].TruePositiveRate) / 2;
        }

        // Closed form: pairs (case, control) = 6; case > control: 0.35>0.1, 0.8>0.1, 0.8>0.4, 0.4>0.1; tie 0.4=0.4 → (4 + 0.5)/6 = 0.75
        Assert.Equal(0.75, roc.Auc, 12);
        Assert.Equal(0.75, trapezoid, 12);
    }
}
