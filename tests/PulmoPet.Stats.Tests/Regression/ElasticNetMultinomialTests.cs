using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Regression;

namespace PulmoPet.Stats.Tests.Regression;

/// <summary>
/// Fixtures/multinomial_enet.csv: 120 lesions, 4 classes (benign 35, lung_cancer 53, lymphoma 22, metastasis 10),
/// 8 features on different scales, a stratified 5-fold id and inverse-frequency class weights (R gmn.R,
/// set.seed(2026)). References: glmnet 4.1.6, <c>glmnet(X, y, family = "multinomial", ..., thresh = 1e-20)</c> with
/// X = the 8 feature columns and y = factor(lesion_class) (levels in alphabetical order, as here).
/// Tolerance: 1e-7 relative (1e-10 absolute); observed: at most 6e-9 relative (6e-10 absolute) over all the
/// coefficients compared, deviance ratios within 2e-11. glmnet stops when max xv·Δβ² &lt; thresh·(null deviance/2n), i.e. when
/// the last update of a coefficient is below about √thresh: at thresh = 1e-14 its coefficients still moved by up to
/// 3e-7 towards ours when thresh was lowered to 1e-20 (e.g. α = 0.5, benign, suv_max at λ₃₀: −0.121102633 at 1e-14,
/// −0.121102804 at 1e-20, −0.1211028046 here). At glmnet's default thresh = 1e-7 its coefficients are only within
/// 5e-5 (λ₁₀), 8e-3 (λ₃₀) and 8e-2 (λ₆₇) relative of the converged ones and the lasso path stops 2 λ earlier
/// (65 values instead of 67), so the default fit cannot serve as the reference. The grouped path exhausts glmnet's
/// maxit at thresh = 1e-14 (58th λ), so its reference refits the first 20 λ with thresh = 1e-20 and maxit = 1e7.
/// </summary>
public sealed class ElasticNetMultinomialTests
{
    internal static readonly string[] Classes = ["benign", "lung_cancer", "lymphoma", "metastasis"];

    internal static readonly string[] Features =
        ["suv_max", "mtv_ml", "age", "glcm_contrast", "glcm_entropy", "sphericity", "noise1", "noise2"];

    internal static (double[][] X, int[] Y, int[] Folds, double[] Weights) Load()
    {
        var t = CsvTable.Load(Fixture.Path("multinomial_enet.csv"));
        var idx = Features.Select(t.ColumnIndex).ToArray();
        var rows = Enumerable.Range(0, t.Count).ToArray();
        var x = rows.Select(r => idx.Select(c => t.Number(r, c)!.Value).ToArray()).ToArray();
        var y = rows.Select(r => Array.IndexOf(Classes, t.Cell(r, t.ColumnIndex("lesion_class")))).ToArray();
        var folds = rows.Select(r => (int)t.Number(r, t.ColumnIndex("fold"))!.Value).ToArray();
        var weights = rows.Select(r => t.Number(r, t.ColumnIndex("weight"))!.Value).ToArray();
        return (x, y, folds, weights);
    }

    private static readonly Dictionary<string, MultinomialElasticNetPath> Cache = [];

    private static MultinomialElasticNetPath Path(double alpha, bool weighted = false, MultinomialPenalty penalty = MultinomialPenalty.Ungrouped)
    {
        string key = $"{alpha}/{weighted}/{penalty}";
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var path))
            {
                var (x, y, _, w) = Load();
                path = ElasticNetMultinomial.Path(x, y, Classes, alpha, weighted ? w : null, penalty: penalty);
                Cache[key] = path;
            }

            return path;
        }
    }

    private static void AssertFit(double[][] expected, double devianceRatio, MultinomialElasticNetFit fit, double relative = 1e-7)
    {
        for (int k = 0; k < 4; k++)
        {
            Approx.Equal(expected[k][0], fit.Intercepts[k], relative, 1e-10);
            for (int j = 0; j < 8; j++)
            {
                if (expected[k][j + 1] == 0)
                {
                    Assert.True(fit.Coefficients[k][j] == 0, $"class {k} feature {j}: expected 0, got {fit.Coefficients[k][j]:R}");
                }
                else
                {
                    Approx.Equal(expected[k][j + 1], fit.Coefficients[k][j], relative, 1e-10);
                }
            }
        }

        Approx.Equal(devianceRatio, fit.DevianceRatio, relative);
    }

    [Fact]
    public void LambdaSequenceAndEarlyStopMatchGlmnet()
    {
        // R: length(f$lambda) = 67 (alpha = 1), 71 (alpha = 0.5); f$lambda[c(1, 10, 30, 67)] (alpha = 1) =
        //    0.2375025043936608 0.1028091645179538 0.015993776461800391 0.00051168363443515293; f$nulldev = 297.2151413192604
        var lasso = Path(1);
        Assert.Equal(67, lasso.Fits.Count);
        Approx.Equal(0.2375025043936608, lasso.Lambdas[0], 1e-12);
        Approx.Equal(0.1028091645179538, lasso.Lambdas[9], 1e-12);
        Approx.Equal(0.015993776461800391, lasso.Lambdas[29], 1e-12);
        Approx.Equal(0.00051168363443515293, lasso.Lambdas[66], 1e-12);
        Approx.Equal(297.2151413192604, lasso.NullDeviance, 1e-12);
        Assert.Null(lasso.NotConvergedAt);
        Assert.Equal(Classes, lasso.Classes);

        // R (alpha = 0.5): f$lambda[c(1, 71)] = 0.47500500878732144 0.00070536736246107617
        var net = Path(0.5);
        Assert.Equal(71, net.Fits.Count);
        Approx.Equal(0.47500500878732144, net.Lambdas[0], 1e-12);
        Approx.Equal(0.00070536736246107617, net.Lambdas[70], 1e-12);
    }

    [Fact]
    public void LassoAtLambda10MatchesGlmnet()
    {
        // R: f <- glmnet(X, y, family = "multinomial", alpha = 1, thresh = 1e-20); sapply(coef(f), function(b) b[, 10]) (intercept then the 8 features, per class); f$dev.ratio[10]
        double[][] expected =
        [
            [0.12458887663411783, 0, 0, 0.0098145810945816751, 0, 0, 0, 0, 0],
            [0.08863208539029932, 0.19942962923913671, 0, 0, 0, 0, 0, 0, 0],
            [0.28761819916817999, 0, 0, 0, 0, 0, 0, 0, 0],
            [-0.50083916119259708, 0, 0, 0, 0, 0, 0, 0, 0],
        ];
        AssertFit(expected, 0.089388496178761032, Path(1).Fits[10 - 1]);
    }

    [Fact]
    public void LassoAtLambda30MatchesGlmnet()
    {
        // R: f <- glmnet(X, y, family = "multinomial", alpha = 1, thresh = 1e-20); sapply(coef(f), function(b) b[, 30]) (intercept then the 8 features, per class); f$dev.ratio[30]
        double[][] expected =
        [
            [-1.6365554469477366, -0.068160464879473387, 0.0096263193706094367, 0.044426162653623813, 0, 0, 1.6399244392050931, 0, 0.14935253474328963],
            [1.0892427297268976, 0.4309779946112588, -0.0096263193706094367, -0.032952497015801177, 0.049897403817692851, -0.0056769671529169471, 0.60828155602348866, 0.41582280457563403, -0.054011916609911732],
            [3.1685496490289329, -0.011821188478582111, -0.017404819136845853, 0, 0, 0, -1.7721238429357185, 0, 0],
            [-2.6212369318080939, 0.011821188478582111, 0.11244126090463163, 0, -0.0055746867163820784, 0.65921928503935734, -0.60828155602348866, 0, 0],
        ];
        AssertFit(expected, 0.25550646434040541, Path(1).Fits[30 - 1]);
    }

    [Fact]
    public void LassoAtLambda67MatchesGlmnet()
    {
        // R: f <- glmnet(X, y, family = "multinomial", alpha = 1, thresh = 1e-20); sapply(coef(f), function(b) b[, 67]) (intercept then the 8 features, per class); f$dev.ratio[67]
        double[][] expected =
        [
            [-1.7348909401255117, -0.14851103642986915, 0.021793228677120663, 0.045866563416695059, 0.0022190966137384076, -0.036121976059900217, 2.7057252771979585, 0.096078371965443138, 0.22193010440871705],
            [1.9002366671860675, 0.50526999589603827, -0.021793228677120663, -0.053851641659693382, 0.066066450726244494, -0.13049295006935704, 1.8139098460684311, 0.62498521522980333, -0.08394666906764639],
            [4.5243846279006457, -0.1163890472171092, -0.029576009193499626, -0.0052080191351175044, -0.0022190966137384076, 0.036121976059900217, -2.0334770391974879, -0.096078371965443138, 0.019887062666282571],
            [-4.6897303549612026, 0.1163890472171092, 0.17006144912801818, 0.0052080191351175044, -0.048576806142600015, 1.2323660551623585, -1.8139098460684311, -0.14903722143263301, -0.019887062666282571],
        ];
        AssertFit(expected, 0.28096208705946407, Path(1).Fits[67 - 1]);
    }

    [Fact]
    public void ElasticNetAtLambda10MatchesGlmnet()
    {
        // R: f <- glmnet(X, y, family = "multinomial", alpha = 0.5, thresh = 1e-20); sapply(coef(f), function(b) b[, 10]) (intercept then the 8 features, per class); f$dev.ratio[10]
        double[][] expected =
        [
            [0.19367680891008227, 0, 0, 0.0060738697013076499, 0, 0, 0, 0, 0],
            [0.35998482145556143, 0.1323374209193168, 0, -0.0012912996625026481, 0, 0, 0, 0, 0],
            [0.11739786499930008, 0, 0, 0, 0, 0, 0, 0, 0],
            [-0.67105949536494369, 0, 0, 0, 0, 0, 0, 0, 0],
        ];
        AssertFit(expected, 0.067423775713405049, Path(0.5).Fits[10 - 1]);
    }

    [Fact]
    public void ElasticNetAtLambda30MatchesGlmnet()
    {
        // R: f <- glmnet(X, y, family = "multinomial", alpha = 0.5, thresh = 1e-20); sapply(coef(f), function(b) b[, 30]) (intercept then the 8 features, per class); f$dev.ratio[30]
        double[][] expected =
        [
            [-1.577726418256141, -0.12110280447302543, 0, 0.040255743734477517, 0, 0, 1.541631921564419, 0, 0.11318226097037679],
            [1.0853849839424992, 0.31863539964056126, -0.017284326838173159, -0.029352267170940551, 0.044354049343153304, -0.012192271753478945, 0.47584671570233189, 0.34672545456786419, -0.071848669904873347],
            [2.8131194781617186, -0.074651331796906917, -0.027337413954989714, 0, 0, 0, -1.6010351145591581, -0.015107544266414861, 0],
            [-2.3207780438480765, 0, 0.081450561017705037, 0, -0.00070694296232613296, 0.48331638637605645, -0.41644352270759272, 0, 0],
        ];
        AssertFit(expected, 0.24493896651551958, Path(0.5).Fits[30 - 1]);
    }

    [Fact]
    public void ElasticNetAtLambda71MatchesGlmnet()
    {
        // R: f <- glmnet(X, y, family = "multinomial", alpha = 0.5, thresh = 1e-20); sapply(coef(f), function(b) b[, 71]) (intercept then the 8 features, per class); f$dev.ratio[71]
        double[][] expected =
        [
            [-1.7364611869931148, -0.23729911950974678, 0, 0.047816812396268921, 0, -0.07761381063946432, 2.5395943090351558, 0, 0.20079788538186466],
            [1.9016289724478608, 0.41486865740701695, -0.043681667505459744, -0.051788994667579795, 0.063697757794934223, -0.17123644445682343, 1.6458602130233133, 0.52704113026006427, -0.10584468715848079],
            [4.5124635722630293, -0.2055528044809953, -0.051575505333464403, -0.0033051426236572166, -0.0046697948114494013, 0, -2.1997495711574464, -0.19359891318931238, 0],
            [-4.6776313577177753, 0.027983266583725082, 0.14772689115501025, 0.00727732489496809, -0.050725036513034547, 1.1876718077787929, -1.9857049509010223, -0.24704935698437086, -0.041979051964291976],
        ];
        AssertFit(expected, 0.28096104443104947, Path(0.5).Fits[71 - 1]);
    }

    [Fact]
    public void WeightedAtLambda20MatchesGlmnet()
    {
        // R: f <- glmnet(X, y, family = "multinomial", alpha = 1, weights = d$weight, thresh = 1e-20); sapply(coef(f), function(b) b[, 20]) (intercept then the 8 features, per class); f$dev.ratio[20]
        double[][] expected =
        [
            [-1.5220744114179219, -0.049756641285128606, 0, 0.035029875397922357, 0, 0, 1.9338615594321711, 0, 0.0096060782679122277],
            [0.68630810215833193, 0.31158110462282884, 0, -0.021979632742107867, 0.027735782806221687, 0, 0.52366842903306277, 0.28275780109823839, 0],
            [2.4830343490519531, -0.03052753528739675, -0.012953448196486179, 0, 0, 0, -0.52366842903306277, 0, 0],
            [-1.6472680397923631, 0.03052753528739675, 0.10586002608584973, 0, -0.020815905741001027, 0.69844394322054726, -0.66615008464593328, 0, 0],
        ];
        AssertFit(expected, 0.22063834493993886, Path(1, weighted: true).Fits[20 - 1]);
    }

    [Fact]
    public void WeightedAtLambda63MatchesGlmnet()
    {
        // R: f <- glmnet(X, y, family = "multinomial", alpha = 1, weights = d$weight, thresh = 1e-20); sapply(coef(f), function(b) b[, 63]) (intercept then the 8 features, per class); f$dev.ratio[63]
        double[][] expected =
        [
            [-2.0013996147025837, -0.1560617501930576, 0.018088379887350622, 0.050211530122391913, -0.0022577823028877416, -0.092550810250079635, 2.4565127673787508, 0.070680162111800865, 0.15547414788552461],
            [1.4837077072574529, 0.47392333192529235, -0.018088379887350622, -0.058538949172416005, 0.062856159508959411, -0.17263637469639573, 1.9715747893261801, 0.68123119702776957, -0.11269460310887175],
            [4.0398364597625704, -0.13201688505933942, -0.027066774335108169, -0.0036181431629970667, 0.0022577823028877416, 0.092550810250079635, -1.9715747893261801, -0.16628407350757785, 0.016121721815977944],
            [-3.5221445523174402, 0.13201688505933942, 0.16823968373181078, 0.0036181431629970667, -0.070030900161815471, 1.3920897590149344, -2.8414798748479404, -0.070680162111800865, -0.016121721815977944],
        ];
        AssertFit(expected, 0.27686981472044031, Path(1, weighted: true).Fits[63 - 1]);
    }

    [Fact]
    public void GroupedAtLambda20MatchesGlmnet()
    {
        // R: fg <- glmnet(X, y, family = "multinomial", alpha = 1, type.multinomial = "grouped", thresh = 1e-14) (its
        //    first 20 λ); glmnet(..., type.multinomial = "grouped", lambda = fg$lambda[1:20], thresh = 1e-20, maxit = 1e7):
        //    sapply(coef(f), function(b) b[, 20]); f$dev.ratio[20]. The same 20 λ are given here.
        double[][] expected =
        [
            [-1.5121215036233915, -0.15516609709951823, 0.0029116076573358126, 0.029566030863308033, -0.0054396020888235258, -0.012363015439717658, 1.2257564595026575, -0.028953060165898849, 0.0059697547788196631],
            [0.57869943696158821, 0.25652038010115957, -0.022675383114337509, -0.025441159851624012, 0.020325999425109369, -0.015068496819081808, 0.46318845345424714, 0.17386001629895853, -0.0066737117335628057],
            [1.8808070355477804, -0.12281439530204458, -0.028205399247249061, -0.0018252534799473427, -0.0084334485795717652, 0.0020130827117002701, -1.1541739040773902, -0.078685293979950943, -0.0012556024602682699],
            [-0.94738496888597712, 0.021460112300401745, 0.047969174704250162, -0.0022996175317365431, -0.0064529487567139571, 0.025418429547099095, -0.53477100887953399, -0.066221662153108457, 0.0019595594150113561],
        ];
        var (x, y, _, _) = Load();
        var lambdas = ElasticNetMultinomial.DefaultLambdas(x, y, 4, 1, penalty: MultinomialPenalty.Grouped).Take(20).ToArray();
        var fit = ElasticNetMultinomial.Path(x, y, Classes, 1, lambdas: lambdas, penalty: MultinomialPenalty.Grouped).Fits[19];
        AssertFit(expected, 0.2165426316699747, fit);

        // Grouped: a feature is in or out for every class, and the class coefficients sum to zero.
        for (int j = 0; j < 8; j++)
        {
            Assert.True(Math.Abs(fit.Coefficients.Sum(c => c[j])) < 1e-12);
        }
    }

    [Fact]
    public void PredictionsMatchGlmnet()
    {
        var (x, _, _, _) = Load();
        var path = Path(1);

        // R: predict(f, X[1:2, ], s = f$lambda[20], type = "response")
        double[][] expected =
        [
            [0.15618336451376930, 0.55633784134385689, 0.15781739783160958, 0.12966139631076432],
            [0.31758182884313541, 0.28503509535516341, 0.16576927388966148, 0.23161380191203973],
        ];
        for (int i = 0; i < 2; i++)
        {
            var p = path.Probabilities(x[i], path.Lambdas[19]);
            for (int k = 0; k < 4; k++)
            {
                Approx.Equal(expected[i][k], p[k], 1e-7);
            }
        }

        // R: predict(f, X[3, , drop = FALSE], s = 0.02, type = "response") (λ between two path values: interpolated)
        double[] row3 = [0.19674021008555365, 0.4075340720599428, 0.29138558605171117, 0.10434013180279246];
        var p3 = path.Probabilities(x[2], 0.02);
        for (int k = 0; k < 4; k++)
        {
            Approx.Equal(row3[k], p3[k], 1e-7);
        }

        // R: predict(f, X[1:10, ], s = 0.02, type = "class")
        string[] classes = ["lung_cancer", "metastasis", "lung_cancer", "lung_cancer", "benign", "lymphoma", "benign", "benign", "benign", "benign"];
        Assert.Equal(classes, Enumerable.Range(0, 10).Select(i => path.PredictClass(x[i], 0.02)));
    }

    [Fact]
    public void NonZeroFeaturesMatchGlmnetDf()
    {
        // R: f$df[c(10, 30)] = 2 8; f$dfmat[, 30] = 5 8 3 5 (benign, lung_cancer, lymphoma, metastasis)
        var path = Path(1);
        Assert.Equal([0, 2], path.NonZeroFeatures(path.Lambdas[9]));
        Assert.Equal(8, path.Fits[29].NonZeroFeatures().Length);
        Assert.Equal([5, 8, 3, 5], path.Fits[29].NonZeroPerClass());
        Assert.Empty(path.NonZeroFeatures(path.Lambdas[0]));
    }

    [Fact]
    public void WeightedLambdaSequenceMatchesGlmnet()
    {
        // R: length(fw$lambda) = 63; fw$lambda[c(1, 20)] = 0.18584147887707272 0.03172969409706386
        var path = Path(1, weighted: true);
        Assert.Equal(63, path.Fits.Count);
        Approx.Equal(0.18584147887707272, path.Lambdas[0], 1e-12);
        Approx.Equal(0.03172969409706386, path.Lambdas[19], 1e-12);
    }

    [Fact]
    public void GroupedLambdaMaxMatchesGlmnet()
    {
        // R: fg$lambda[c(1, 20)] = 0.29079061197527073 0.049648212121560113
        var (x, y, _, _) = Load();
        var lambdas = ElasticNetMultinomial.DefaultLambdas(x, y, 4, 1, penalty: MultinomialPenalty.Grouped);
        Approx.Equal(0.29079061197527073, lambdas[0], 1e-12);
        Approx.Equal(0.049648212121560113, lambdas[19], 1e-12);
    }

    [Fact]
    public void CentreMatchesGlmnetElc()
    {
        // Lasso: median (midpoint of the middle two for even K); ridge: mean; in between the penalty minimiser.
        Assert.Equal(0.5, ElasticNetCenter.Of(1, [0, 0, 1, 5]));
        Assert.Equal(1, ElasticNetCenter.Of(1, [0, 1, 5]));
        Assert.Equal(1.5, ElasticNetCenter.Of(0, [0, 1, 5, 0]));
        double c = ElasticNetCenter.Of(0.5, [0, 0, 1, 5]);
        double Penalty(double s) => new[] { 0.0, 0, 1, 5 }.Sum(a => 0.25 * (a - s) * (a - s) + 0.5 * Math.Abs(a - s));
        Assert.True(Penalty(c) <= Penalty(c + 1e-6) && Penalty(c) <= Penalty(c - 1e-6));
    }

    [Fact]
    public void RejectsBadInput()
    {
        double[][] x = [[1.0], [2.0], [3.0], [4.0]];
        Assert.Throws<ArgumentException>(() => ElasticNetMultinomial.Path(x, [0, 0, 1, 2], ["a", "b", "c"]));
        Assert.Throws<ArgumentException>(() => ElasticNetMultinomial.Path(x, [0, 0, 1, 1], ["a", "b"], weights: [1, -1, 1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ElasticNetMultinomial.Path(x, [0, 0, 1, 1], ["a", "b"], alpha: 2));
        Assert.Throws<ArgumentException>(() => ElasticNetMultinomial.Path(x, [0, 0, 1, 1], ["a", "b"], lambdas: [0.1, 0.2]));
    }

    [Fact]
    public void UserLambdasAreFittedAsGivenWithoutEarlyStop()
    {
        // With λ given, glmnet fits exactly those values (no early stop); the fit at a path λ is the same problem.
        var (x, y, _, _) = Load();
        var path = Path(1);
        double[] lambdas = [path.Lambdas[9], path.Lambdas[29], 1e-5, 1e-6];
        var user = ElasticNetMultinomial.Path(x, y, Classes, 1, lambdas: lambdas);
        Assert.Equal(4, user.Fits.Count);
        for (int k = 0; k < 4; k++)
        {
            for (int j = 0; j < 8; j++)
            {
                Approx.Equal(path.Fits[29].Coefficients[k][j], user.Fits[1].Coefficients[k][j], 1e-8, 1e-11);
            }
        }
    }
}
