using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Reports;
using PulmoPet.Stats.Survival;

namespace PulmoPet.Stats.Tests.Survival;

public sealed class SurvivalAnalysisTests
{
    private static CsvTable Table() => CsvTable.Load(Fixture.Path("survival.csv"));

    [Fact]
    public void GroupAnalysisMatchesSurvdiffAndCoxph()
    {
        // R: survdiff(Surv(time, event) ~ arm) p = 0.023957227328889202;
        //    coxph(Surv(time, event) ~ high) coef 0.57084026274565947 (high vs low; here "low" is the reference? see below)
        // Groups sort as "high", "low", so the dummy is low vs high: coef = -0.57084026274565947, p = 0.023128180487476432
        var r = SurvivalAnalysis.Run(Table(), new SurvivalOptions("time", "event") { GroupColumn = "arm" });
        Assert.Equal(["high", "low"], r.Groups.Select(g => g.Name));
        Assert.Equal(6.5, r.Groups[0].Median);
        Approx.Equal(0.023957227328889202, r.LogRank!.PValue);
        var c = Assert.Single(r.Cox!.Coefficients);
        Assert.Equal("arm=low (vs high)", c.Name);
        Approx.Equal(-0.57084026274565947, c.Beta, 1e-7);
        Approx.Equal(0.023128180487476432, c.PValue);
        // R: summary(coxph(Surv(time, event) ~ high))$logtest -> 5.169656463918102, p = 0.022984760882001812
        Approx.Equal(5.169656463918102, r.Cox.LikelihoodRatio.Statistic, 1e-8);
        // R: summary(coxph(Surv(time, event) ~ high))$sctest -> 5.293626900663945811, p = 0.021403598882774752 (Efron score
        //    test, not survdiff's log-rank); $wald.test = 5.1588519551840415
        Approx.Equal(5.293626900663945811, r.Cox.Score.Statistic, 1e-10);
        Approx.Equal(0.021403598882774752, r.Cox.Score.PValue);
        Approx.Equal(5.1588519551840415, r.Cox.Wald.Statistic, 1e-7);
        // R: coxph(Surv(time, event) ~ high)$concordance["concordance"] = 0.58670003575259200
        Approx.Equal(0.58670003575259200, r.CoxConcordance!.C, 1e-12);
    }

    [Fact]
    public void ReferenceGroupSetsTheCoxContrast()
    {
        // R: coxph(Surv(time, event) ~ high) -> coef 0.57084026274565947, p = 0.023128180487476432
        var r = SurvivalAnalysis.Run(Table(), new SurvivalOptions("time", "event") { GroupColumn = "arm", ReferenceGroup = "low" });
        Assert.Equal(["low", "high"], r.Groups.Select(g => g.Name));
        var c = Assert.Single(r.Cox!.Coefficients);
        Assert.Equal("arm=high (vs low)", c.Name);
        Approx.Equal(0.57084026274565947, c.Beta, 1e-7);
        Approx.Equal(0.023128180487476432, c.PValue);
        Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() =>
            SurvivalAnalysis.Run(Table(), new SurvivalOptions("time", "event") { GroupColumn = "arm", ReferenceGroup = "medium" }));
    }

    [Fact]
    public void ScoreSplitAtMedianWithCovariates()
    {
        // R: median(d$score) = 0.435; half <- ifelse(score > median, "high", "low") (40/40)
        //    survdiff(Surv(time, event) ~ half) -> 0.4208081201540288, p = 0.51653408324335248
        //    coxph(Surv(time, event) ~ score) -> coef 0.10461929702725832, se 0.11372997494227753, p 0.35762918646609043
        var r = SurvivalAnalysis.Run(Table(), new SurvivalOptions("time", "event") { ScoreColumn = "score" });
        Assert.Equal(0.435, r.ScoreCut);
        Assert.Equal([40, 40], r.Groups.Select(g => g.Curve.N));
        Approx.Equal(0.4208081201540288, r.LogRank!.ChiSquare, 1e-10);
        Approx.Equal(0.51653408324335248, r.LogRank.PValue);
        var c = Assert.Single(r.Cox!.Coefficients);
        Approx.Equal(0.10461929702725832, c.Beta, 1e-7);
        Approx.Equal(0.35762918646609043, c.PValue);

        var withAge = SurvivalAnalysis.Run(Table(), new SurvivalOptions("time", "event") { ScoreColumn = "score", Covariates = ["age"] });
        Assert.Equal(["score", "age"], withAge.Cox!.Coefficients.Select(k => k.Name));
    }

    [Theory]
    // R: mean(d$score) = 0.442; g <- ifelse(d$score > mean(d$score), "high", "low") -> low 41, high 39;
    //    survdiff(Surv(time, event) ~ g)$chisq -> 0.36625711251270748
    [InlineData("mean", 0.442, 41, 39, 0.36625711251270748)]
    // R: g <- ifelse(d$score > 1, "high", "low") -> low 54, high 26; survdiff(...)$chisq -> 0.53953582631446595
    [InlineData("1", 1.0, 54, 26, 0.53953582631446595)]
    public void ScoreSplitAtOtherCuts(string rule, double cut, int low, int high, double chiSquare)
    {
        var options = new SurvivalOptions("time", "event") { ScoreColumn = "score", Cut = ScoreCut.TryParse(rule)! };
        var r = SurvivalAnalysis.Run(Table(), options);
        Approx.Equal(cut, r.ScoreCut, 1e-12);
        Assert.Equal([low, high], r.Groups.Select(g => g.Curve.N));
        Approx.Equal(chiSquare, r.LogRank!.ChiSquare, 1e-10);
    }

    [Fact]
    public void UnknownCutRuleIsNotParsed()
    {
        Assert.Null(ScoreCut.TryParse("optimal"));
        Assert.Null(ScoreCut.TryParse("NaN"));
    }

    [Fact]
    public void WritesTablesAndFigure()
    {
        string dir = Fixture.TemporaryDirectory();
        var r = SurvivalAnalysis.Run(Table(), new SurvivalOptions("time", "event") { GroupColumn = "stage", Covariates = ["age"] });
        SurvivalReport.Write(r, dir);
        foreach (var f in new[] { "km.csv", "cox.csv", "survival.md", "km.png" })
        {
            Assert.True(File.Exists(Path.Combine(dir, f)), f);
        }

        var km = CsvTable.Load(Path.Combine(dir, "km.csv"));
        Assert.Equal(["group", "time", "n_risk", "n_event", "n_censor", "survival", "std_err", "ci_lower", "ci_upper"], km.Header);
        string md = File.ReadAllText(Path.Combine(dir, "survival.md"));
        // R: survdiff(Surv(time, event) ~ stage) chisq 11.329569378469344, p = 0.003465893936664599
        Assert.Contains("Log-rank test: χ² = 11.33, df = 2, p = 0.003.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void BadEventValueNamesRowAndColumn()
    {
        var t = CsvTable.Parse("time,event,g\n1,1,a\n2,yes,a\n3,0,b\n4,1,b\n", "s.csv");
        var e = Assert.Throws<InvalidInputException>(() => SurvivalAnalysis.Run(t, new SurvivalOptions("time", "event") { GroupColumn = "g" }));
        Assert.Equal("'s.csv' row 3, column 'event': 'yes' is not a number.", e.Message);
        t = CsvTable.Parse("time,event,g\n1,1,a\n2,2,a\n3,0,b\n4,1,b\n", "s.csv");
        e = Assert.Throws<InvalidInputException>(() => SurvivalAnalysis.Run(t, new SurvivalOptions("time", "event") { GroupColumn = "g" }));
        Assert.Equal("'s.csv' row 3, column 'event': '2' is not 1 (event) or 0 (censored).", e.Message);
    }

    [Fact]
    public void GroupOfOneIsRejected()
    {
        var t = CsvTable.Parse("time,event,g\n1,1,a\n2,0,a\n3,0,b\n", "s.csv");
        var e = Assert.Throws<InvalidInputException>(() => SurvivalAnalysis.Run(t, new SurvivalOptions("time", "event") { GroupColumn = "g" }));
        Assert.Contains("'s.csv' column 'g': group 'b' has only one member (row 4)", e.Message, StringComparison.Ordinal);
    }
}
