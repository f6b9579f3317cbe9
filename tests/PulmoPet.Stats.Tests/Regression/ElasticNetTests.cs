using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Regression;

namespace PulmoPet.Stats.Tests.Regression;

/// <summary>
/// Fixtures/elasticnet.csv = logistic.csv plus noise1, noise2 and a fold id (R gn2.R, set.seed(3),
/// fold = sample(rep(1:5, length.out = 120))). References: glmnet 4.1.6 with <c>thresh = 1e-14</c> so that its
/// solution is exact to the digits compared (the default thresh = 1e-7 gives the same path length and λ choices).
/// </summary>
public sealed class ElasticNetTests
{
    private static readonly string[] Features = ["suv_max", "mtv_ml", "age", "noise1", "noise2"];

    private static (double[][] X, bool[] Y, int[] Folds) Load()
    {
        var t = CsvTable.Load(Fixture.Path("elasticnet.csv"));
        var idx = Features.Select(t.ColumnIndex).ToArray();
        var x = Enumerable.Range(0, t.Count).Select(r => idx.Select(c => t.Number(r, c)!.Value).ToArray()).ToArray();
        var y = Enumerable.Range(0, t.Count).Select(r => t.Number(r, t.ColumnIndex("malignant")) == 1).ToArray();
        var folds = Enumerable.Range(0, t.Count).Select(r => (int)t.Number(r, t.ColumnIndex("fold"))!.Value).ToArray();
        return (x, y, folds);
    }

    [Fact]
    public void LambdaSequenceAndEarlyStopMatchGlmnet()
    {
        // R: f <- glmnet(X, y, family = "binomial", alpha = 0.5); length(f$lambda) = 52;
        //    f$lambda[c(1, 10, 30)] = 0.23140571902498433 0.10017001167365377 0.015583209749794012
        var (x, y, _) = Load();
        var path = ElasticNetLogistic.Path(x, y, 0.5);
        Assert.Equal(52, path.Count);
        Approx.Equal(0.23140571902498433, path[0].Lambda, 1e-12);
        Approx.Equal(0.10017001167365377, path[9].Lambda, 1e-12);
        Approx.Equal(0.015583209749794012, path[29].Lambda, 1e-12);
    }

    public static TheoryData<int, double[], double> ElasticNetPoints => new()
    {
        // R: as.numeric(coef(f)[, k]) (intercept, suv_max, mtv_ml, age, noise1, noise2), f$dev.ratio[k]
        { 10, [-1.4324567707685092, 0.10014811633312981, 0, 0.005365151516656127, 0, 0], 0.03706879925953472 },
        { 30, [-3.7581720121920195, 0.21770499146362957, 0.025803501585772933, 0.029971677758257188, 0.15449576677346172, 0.1343909748737892], 0.076554422142984163 },
        { 52, [-4.3573281696891391, 0.24815174114373467, 0.034547237349323877, 0.035931303529485856, 0.21788907246892755, 0.18704471863390654], 0.079086904122939297 },
    };

    [Theory]
    [MemberData(nameof(ElasticNetPoints))]
    public void CoefficientsMatchGlmnet(int k, double[] expected, double devianceRatio)
    {
        var (x, y, _) = Load();
        var fit = ElasticNetLogistic.Path(x, y, 0.5)[k - 1];
        Approx.Equal(expected[0], fit.Intercept, 1e-7);
        for (int j = 0; j < 5; j++)
        {
            if (expected[j + 1] == 0)
            {
                Assert.Equal(0, fit.Coefficients[j]);
            }
            else
            {
                Approx.Equal(expected[j + 1], fit.Coefficients[j], 1e-7);
            }
        }

        Approx.Equal(devianceRatio, fit.DevianceRatio, 1e-7);
    }

    [Fact]
    public void LassoMatchesGlmnet()
    {
        // R: fl <- glmnet(X, y, family = "binomial", alpha = 1, thresh = 1e-14): 50 lambdas; coef at 15:
        //    -2.4554587082782366 0.16074546627428116 0.0024182780247477033 0.016745358173101084 0 0
        var (x, y, _) = Load();
        var path = ElasticNetLogistic.Path(x, y, 1.0);
        Assert.Equal(50, path.Count);
        double[] expected = [0.16074546627428116, 0.0024182780247477033, 0.016745358173101084, 0, 0];
        Approx.Equal(-2.4554587082782366, path[14].Intercept, 1e-7);
        for (int j = 0; j < 5; j++)
        {
            Approx.Equal(expected[j], path[14].Coefficients[j], 1e-6, 1e-300);
        }
    }

    [Fact]
    public void CrossValidationMatchesCvGlmnet()
    {
        // R: cv <- cv.glmnet(X, y, family = "binomial", alpha = 0.5, foldid = d$fold, thresh = 1e-14)
        //    lambda.min = 0.10993646415126003 (index 9), lambda.1se = 0.23140571902498433 (index 1)
        //    cvm[1:3] = 1.2964991466536737 1.2948624470233663 1.2917337443473464; cvsd[1:3] = 0.049859455808128318 0.049735664110614065 0.049115781621368176
        //    cvm[20] = 1.2939877669054276, cvsd[20] = 0.065993810335386829
        var (x, y, folds) = Load();
        var cv = ElasticNetCrossValidation.Run(x, y, 0.5, folds);

        // The CV curve agrees with glmnet's to 5e-8 relative (glmnet's fold fits are iterative too).
        Approx.Equal(1.2964991466536737, cv.CvMean[0], 1e-6);
        Approx.Equal(1.2948624470233663, cv.CvMean[1], 1e-6);
        Approx.Equal(1.2917337443473464, cv.CvMean[2], 1e-6);
        Approx.Equal(0.049859455808128318, cv.CvStandardError[0], 1e-6);
        Approx.Equal(0.049115781621368176, cv.CvStandardError[2], 1e-6);
        Approx.Equal(1.2939877669054276, cv.CvMean[19], 1e-6);
        Approx.Equal(0.065993810335386829, cv.CvStandardError[19], 1e-6);
        Approx.Equal(0.10993646415126003, cv.LambdaMin, 1e-12);
        Approx.Equal(0.23140571902498433, cv.Lambda1Se, 1e-12);
        Assert.Equal(cv.LambdaMin, cv.AtLambdaMin.Lambda);
    }

    [Fact]
    public void LassoCrossValidationMatchesCvGlmnet()
    {
        // R: cv.glmnet(X, y, family = "binomial", alpha = 1, foldid = d$fold, thresh = 1e-14)
        //    lambda.min = 0.06032756684433975 (index 8), lambda.1se = 0.11570285951249212 (index 1)
        var (x, y, folds) = Load();
        var cv = ElasticNetCrossValidation.Run(x, y, 1.0, folds);
        Approx.Equal(0.06032756684433975, cv.LambdaMin, 1e-12);
        Approx.Equal(0.11570285951249212, cv.Lambda1Se, 1e-12);
    }

    [Fact]
    public void SeededFoldsAreBalancedAndReproducible()
    {
        var a = ElasticNetCrossValidation.AssignFolds(23, 5, 42);
        Assert.Equal(a, ElasticNetCrossValidation.AssignFolds(23, 5, 42));
        Assert.All(Enumerable.Range(1, 5), f => Assert.InRange(a.Count(v => v == f), 4, 5));
    }
}
