using PulmoPet.Imaging;
using PulmoPet.Stats.Correlation;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Reports;

namespace PulmoPet.Stats.Tests.Correlation;

public sealed class CorrelationAnalysisTests
{
    [Fact]
    public void UsesPairwiseCompleteObservations()
    {
        // R: d <- read.csv("cohort.csv"); cor.test(d$suv_max, d$mtv_ml, method = "spearman") drops the NA row (n = 45).
        var pairs = CorrelationAnalysis.Run(CsvTable.Load(Fixture.Path("cohort.csv")), ["suv_max", "mtv_ml"]);
        var pair = Assert.Single(pairs);
        Assert.Equal(45, pair.Spearman.N);
        Assert.Equal(45, pair.Pearson.N);
        string csv = CorrelationReport.ToCsv(pairs);
        Assert.StartsWith("variable_a,variable_b,n,spearman_rho", csv, StringComparison.Ordinal);
        Assert.Contains("suv_max,mtv_ml,45,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchesDirectComputation()
    {
        var table = CsvTable.Parse("a,b,c\n1.2,2.0,1\n3.4,2.9,5\n2.2,3.5,2\n5.1,4.8,7\n4.0,3.9,3\n6.3,6.0,9\n2.9,1.1,4\n", "t.csv");
        var pairs = CorrelationAnalysis.Run(table, ["a", "b", "c"]);
        Assert.Equal(3, pairs.Count);
        // Same data as CorrelationTests.SpearmanExactN7MatchesR: R p = 0.034126984126984124
        Approx.Equal(0.034126984126984124, pairs[0].Spearman.PValue);
    }

    [Fact]
    public void NonNumericValueNamesRowAndColumn()
    {
        var table = CsvTable.Parse("a,b\n1,2\n2,x\n3,4\n", "t.csv");
        var e = Assert.Throws<InvalidInputException>(() => CorrelationAnalysis.Run(table, ["a", "b"]));
        Assert.Equal("'t.csv' row 3, column 'b': 'x' is not a number.", e.Message);
    }
}
