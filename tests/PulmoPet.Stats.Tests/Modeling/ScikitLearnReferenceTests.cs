using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Preprocessing;

namespace PulmoPet.Stats.Tests.Modeling;

/// <summary>
/// Classifiers against scikit-learn 1.x on <see cref="ModelingData.Formula"/> (train rows 0–89, test rows 90–93).
/// Script: X, y = data(0, 90); Xt = data(90, 100)[0][:4] with the formula of ModelingData.Formula, then the calls quoted per test.
/// </summary>
public sealed class ScikitLearnReferenceTests
{
    private static readonly (double[][] X, int[] Y) Train = ModelingData.Formula(0, 90);
    private static readonly double[][] Test = ModelingData.Formula(90, 94).X;

    /// <summary>Within 10⁻⁶: libsvm keeps its kernel cache in single precision (Qfloat). SVC(C=1, gamma=0.25, kernel="rbf", tol=1e-12, decision_function_shape="ovo").fit(X, y).decision_function(Xt).</summary>
    [Fact]
    public void SvmDecisionValuesMatchLibsvm()
    {
        double[][] expected =
        [
            [-1.2276424670859643, -1.3108028680658776, -0.08910780470029299],
            [0.008882018908352576, 0.04918908201014142, 0.07677372369542157],
            [-0.22530792386900492, 0.1701213846752714, 0.3623866424722309],
            [-0.11932193138184372, -1.012316195221962, -0.728290301293882],
        ];
        var svm = SupportVectorMachine.Fit(Train.X, Train.Y, 3, [1.0, 1.0, 1.0], cost: 1, gamma: 0.25, tolerance: 1e-12, probability: false);
        for (int t = 0; t < Test.Length; t++)
        {
            var d = svm.DecisionValues(Test[t]);
            for (int p = 0; p < 3; p++) Approx.Equal(expected[t][p], d[p], 0, 1e-6);
        }
    }

    /// <summary>SVC(C=2, gamma=0.1, tol=1e-12, decision_function_shape="ovo", class_weight={0: 1, 1: 2, 2: 0.5}).</summary>
    [Fact]
    public void SvmClassWeightsScaleTheBoundsAsLibsvm()
    {
        double[][] expected =
        [
            [-1.740646211283182, -1.333380530762749, 1.0818704379316983],
            [-0.23168922296572358, 0.24396844936824075, 0.08491813708914286],
            [-0.6911351001854936, 0.0415054269267639, 1.0106596464010793],
            [-0.4072042165078865, -0.6022072952489235, 0.156331370801558],
        ];
        var svm = SupportVectorMachine.Fit(Train.X, Train.Y, 3, [1.0, 2.0, 0.5], cost: 2, gamma: 0.1, tolerance: 1e-12, probability: false);
        for (int t = 0; t < Test.Length; t++)
        {
            var d = svm.DecisionValues(Test[t]);
            for (int p = 0; p < 3; p++) Approx.Equal(expected[t][p], d[p], 0, 1e-6);
        }
    }

    /// <summary>GradientBoostingClassifier(n_estimators=20, learning_rate=0.1, max_depth=3, random_state=0).fit(X, y).predict_proba(Xt).</summary>
    [Fact]
    public void GradientBoostingMatchesScikitLearn()
    {
        double[][] expected =
        [
            [0.24485988775242643, 0.3112485823594079, 0.4438915298881657],
            [0.08861748102746965, 0.8341793642843027, 0.07720315468822757],
            [0.10355811273360475, 0.08822271030434435, 0.8082191769620509],
            [0.2909212603100357, 0.3004677352763489, 0.40861100441361525],
        ];
        var gb = GradientBoosting.Fit(Train.X, Train.Y, 3, Enumerable.Repeat(1.0, 90).ToArray(), estimators: 20, learningRate: 0.1, maxDepth: 3);
        for (int t = 0; t < Test.Length; t++)
        {
            var p = gb.Probabilities(Test[t]);
            for (int k = 0; k < 3; k++) Approx.Equal(expected[t][k], p[k], 1e-9);
        }
    }

    /// <summary>GradientBoostingClassifier(n_estimators=10, learning_rate=0.2, max_depth=2, random_state=0).fit(X, y, sample_weight=np.where(y == 0, 2.0, 1.0)).</summary>
    [Fact]
    public void GradientBoostingSampleWeightsMatchScikitLearn()
    {
        double[][] expected =
        [
            [0.46637511694588235, 0.24401689891442138, 0.28960798413969635],
            [0.14868777143737796, 0.7923318467477926, 0.058980381814829466],
            [0.12595414145119602, 0.08730199600837446, 0.7867438625404297],
            [0.4999989843111297, 0.22864131935557724, 0.27135969633329315],
        ];
        var weights = Train.Y.Select(v => v == 0 ? 2.0 : 1.0).ToArray();
        var gb = GradientBoosting.Fit(Train.X, Train.Y, 3, weights, estimators: 10, learningRate: 0.2, maxDepth: 2);
        for (int t = 0; t < Test.Length; t++)
        {
            var p = gb.Probabilities(Test[t]);
            for (int k = 0; k < 3; k++) Approx.Equal(expected[t][k], p[k], 1e-9);
        }
    }

    /// <summary>scipy.stats.spearmanr(X).statistic[0, 1] and [3, 4].</summary>
    [Fact]
    public void SpearmanMatrixMatchesScipy()
    {
        var rho = CorrelationFilter.SpearmanMatrix(Train.X, 5);
        Approx.Equal(-0.10249462613551198, rho[0][1], 1e-12);
        Approx.Equal(-0.15583923571075606, rho[3][4], 1e-12);
        Approx.Equal(1, rho[2][2], 1e-12);
    }

    /// <summary>
    /// Random forests agree statistically: scikit-learn's RandomForestClassifier(n_estimators=500, random_state=s) for
    /// s = 0…19 on rows 0–89 scores a mean accuracy of 0.8115 (SD 0.0036) on rows 90–389 of the same formula.
    /// </summary>
    [Fact]
    public void RandomForestAccuracyMatchesScikitLearnStatistically()
    {
        var (test, truth) = ModelingData.Formula(90, 390);
        var forest = RandomForest.Fit(Train.X, Train.Y, 3, Enumerable.Repeat(1.0, 90).ToArray(), trees: 500, seed: 3);
        double accuracy = test.Select((x, i) => ClassifierKinds.ArgMax(forest.Probabilities(x)) == truth[i] ? 1.0 : 0.0).Average();
        Assert.InRange(accuracy, 0.8115 - 0.03, 0.8115 + 0.03);
    }
}
