using PulmoPet.Stats.Regression;

namespace PulmoPet.Stats.Tests.Regression;

/// <summary>
/// cv.glmnet 4.1.6 on Fixtures/multinomial_enet.csv with its stratified fold column (R gmn.R):
/// <c>cv.glmnet(X, y, family = "multinomial", alpha = 1, foldid = d$fold, thresh = 1e-20, ...)</c>.
/// The λ choices are exact; the CV curve agrees to 1e-7 relative (the fold fits are iterative, see
/// <see cref="ElasticNetMultinomialTests"/>). With the default thresh, cv.glmnet (deviance) picks the same λ_min and λ_1se here.
/// </summary>
public sealed class MultinomialCrossValidationTests
{
    private static readonly string[] Classes = ElasticNetMultinomialTests.Classes;

    [Fact]
    public void DevianceMatchesCvGlmnet()
    {
        // R: cv <- cv.glmnet(X, y, family = "multinomial", alpha = 1, foldid = d$fold, thresh = 1e-20)
        //    lambda.min = 0.025466615060668538 (index 25), lambda.1se = 0.1028091645179538 (index 10)
        //    cvm[1:3] = 2.4661468266787954 2.4448517734391255 2.4126420632004177
        //    cvsd[1:3] = 0.0065781472082524313 0.0086170072088920073 0.0091138582253572509
        //    cvm[20] = 2.1724471459283481, cvsd[20] = 0.10866463299835694
        var (x, y, folds, _) = ElasticNetMultinomialTests.Load();
        var cv = MultinomialElasticNetCrossValidation.Run(x, y, Classes, 1, foldIds: folds);
        double[] cvm = [2.4661468266787954, 2.4448517734391255, 2.4126420632004177];
        double[] cvsd = [0.0065781472082524313, 0.0086170072088920073, 0.0091138582253572509];
        for (int m = 0; m < 3; m++)
        {
            Approx.Equal(cvm[m], cv.CvMean[m], 1e-7);
            Approx.Equal(cvsd[m], cv.CvStandardError[m], 1e-7);
        }

        Approx.Equal(2.1724471459283481, cv.CvMean[19], 1e-7);
        Approx.Equal(0.10866463299835694, cv.CvStandardError[19], 1e-7);
        Approx.Equal(0.025466615060668538, cv.LambdaMin, 1e-12);
        Approx.Equal(0.1028091645179538, cv.Lambda1Se, 1e-12);
        Assert.Equal(cv.Path.Lambdas[24], cv.LambdaMin);
        Assert.Equal(cv.Path.Lambdas[9], cv.AtLambda1Se.Lambda);
        Assert.Equal(MultinomialCvMeasure.Deviance, cv.Measure);
    }

    [Fact]
    public void MisclassificationMatchesCvGlmnet()
    {
        // R: cv.glmnet(..., type.measure = "class"): lambda.min = 0.025466615060668538 (index 25),
        //    lambda.1se = 0.07777136269436262 (index 13); cvm[1] = 0.55833333333333335 (67/120: the majority class
        //    everywhere), cvsd[1] = 0.0043266391995733875; cvm[20] = 0.45000000000000001, cvsd[20] = 0.012530156859268537
        var (x, y, folds, _) = ElasticNetMultinomialTests.Load();
        var cv = MultinomialElasticNetCrossValidation.Run(x, y, Classes, 1, foldIds: folds, measure: MultinomialCvMeasure.Class);
        Approx.Equal(0.55833333333333335, cv.CvMean[0], 1e-12);
        Approx.Equal(0.0043266391995733875, cv.CvStandardError[0], 1e-10);
        Approx.Equal(0.45000000000000001, cv.CvMean[19], 1e-12);
        Approx.Equal(0.012530156859268537, cv.CvStandardError[19], 1e-10);
        Approx.Equal(0.025466615060668538, cv.LambdaMin, 1e-12);
        Approx.Equal(0.07777136269436262, cv.Lambda1Se, 1e-12);
    }

    [Fact]
    public void WeightedDevianceMatchesCvGlmnet()
    {
        // R: cv.glmnet(X, y, family = "multinomial", alpha = 1, foldid = d$fold, weights = d$weight, thresh = 1e-20)
        //    lambda.min = 0.041944788255148378 (index 17), lambda.1se = 0.1405822635090237 (index 4)
        //    cvm[1:3] = 2.7657042398784646 2.7541738691557565 2.7247551199223889
        //    cvsd[1:3] = 0.005630081352367703 0.0067792179493473877 0.0078083305929658271
        //    cvm[20] = 2.5588551220295979, cvsd[20] = 0.17256722087107232
        var (x, y, folds, w) = ElasticNetMultinomialTests.Load();
        var cv = MultinomialElasticNetCrossValidation.Run(x, y, Classes, 1, w, folds);
        double[] cvm = [2.7657042398784646, 2.7541738691557565, 2.7247551199223889];
        double[] cvsd = [0.005630081352367703, 0.0067792179493473877, 0.0078083305929658271];
        for (int m = 0; m < 3; m++)
        {
            Approx.Equal(cvm[m], cv.CvMean[m], 1e-7);
            Approx.Equal(cvsd[m], cv.CvStandardError[m], 1e-7);
        }

        Approx.Equal(2.5588551220295979, cv.CvMean[19], 1e-7);
        Approx.Equal(0.17256722087107232, cv.CvStandardError[19], 1e-7);
        Approx.Equal(0.041944788255148378, cv.LambdaMin, 1e-12);
        Approx.Equal(0.1405822635090237, cv.Lambda1Se, 1e-12);
    }

    [Fact]
    public void StratifiedFoldsAreBalancedPerClassAndReproducible()
    {
        var (_, y, _, _) = ElasticNetMultinomialTests.Load();
        var a = MultinomialElasticNetCrossValidation.StratifiedFolds(y, 5, 7);
        Assert.Equal(a, MultinomialElasticNetCrossValidation.StratifiedFolds(y, 5, 7));
        for (int c = 0; c < 4; c++)
        {
            int nc = y.Count(v => v == c);
            Assert.All(Enumerable.Range(1, 5), f => Assert.InRange(a.Where((_, i) => y[i] == c).Count(v => v == f), nc / 5, (nc + 4) / 5));
        }

        Assert.All(Enumerable.Range(1, 5), f => Assert.InRange(a.Count(v => v == f), 24, 24));
    }

    [Fact]
    public void RejectsBadFoldIds()
    {
        var (x, y, _, _) = ElasticNetMultinomialTests.Load();
        Assert.Throws<ArgumentException>(() => MultinomialElasticNetCrossValidation.Run(x, y, Classes, foldIds: [1, 2]));
        Assert.Throws<ArgumentException>(() => MultinomialElasticNetCrossValidation.Run(x, y, Classes, foldIds: y.Select(v => v % 2 + 1).ToArray()));
    }
}
