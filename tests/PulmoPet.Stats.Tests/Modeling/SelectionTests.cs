using PulmoPet.Stats.Modeling;
using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Selection;

namespace PulmoPet.Stats.Tests.Modeling;

public sealed class SelectionTests
{
    /// <summary>
    /// FCQ mRMR by an independent numpy computation on ModelingData.Formula(0, 90) with two derived columns
    /// (x5 = x0 + 0.3·x3, x6 = x1·x4/4): F = sklearn f_classif; redundancy = mean |np.corrcoef| with the selected;
    /// greedy argmax of F / max(mean, 1e-6) gives [0, 1, 2, 5, 6].
    /// </summary>
    [Fact]
    public void MrmrMatchesAnIndependentComputation()
    {
        var (x, y) = ModelingData.Formula(0, 90);
        var rows = x.Select(r => r.Concat(new[] { r[0] + 0.3 * r[3], r[1] * r[4] / 4 }).ToArray()).ToArray();
        Assert.Equal([0, 1, 2, 5, 6], MrmrSelector.Select(rows, y, 3, 5));
        var f = UnivariateRelevance.Compute(rows, y, 3, UnivariateTest.Anova);
        Approx.Equal(11.028495522923563, f[0], 1e-10);
        Approx.Equal(11.021913456566681, f[5], 1e-10);
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 1)]
    [InlineData(19, 1)]
    [InlineData(57, 5)]
    [InlineData(300, 30)]
    public void CapIsTheFloorOfATenthOfTheTrainingLesions(int lesions, int cap) => Assert.Equal(cap, FeatureCap.Maximum(lesions));

    [Theory]
    [InlineData(FeatureSelectionMethod.Mrmr)]
    [InlineData(FeatureSelectionMethod.Lasso)]
    [InlineData(FeatureSelectionMethod.Anova)]
    [InlineData(FeatureSelectionMethod.Kruskal)]
    public void NoSelectorExceedsTheCapEvenWhenAskedForMore(FeatureSelectionMethod method)
    {
        var data = ModelingData.Lesions(patients: 30, features: 40, informative: 12, effect: 1.5, seed: 3);
        var model = RadiomicsModel.Train(data, new ModelingOptions { Selector = method, FeatureCount = 100 });
        Assert.Equal(data.Count / 10, model.Selection.Cap);
        Assert.Equal(model.Selection.Cap, model.Features.Count);
        Assert.True(model.Selection.WithinCap);
        Assert.Equal(100, model.Selection.Requested);
    }

    [Fact]
    public void EveryCrossValidationFoldReportsItsOwnCap()
    {
        var data = ModelingData.Lesions(patients: 40, features: 30, informative: 8, effect: 1.5, seed: 4);
        var cv = PulmoPet.Stats.Modeling.Validation.CrossValidation.Run(data, new ModelingOptions { FeatureCount = 1000 }, folds: 4);
        foreach (var fold in cv.Folds)
        {
            Assert.Equal(fold.TrainingLesions / 10, fold.Selection.Cap);
            Assert.True(fold.Selection.Selected.Count <= fold.Selection.Cap);
        }
    }

    [Fact]
    public void CorrelatedPairKeepsTheMoreRelevantFeature()
    {
        var data = ModelingData.Lesions(patients: 40, features: 4, informative: 1, effect: 3, seed: 5);

        // Column 4 = exp(column 0): a monotone transform, so ρ = 1 and the same Kruskal–Wallis H.
        var rows = data.Rows.Select(r => r.Concat(new[] { Math.Exp(r[0]) }).ToArray()).ToArray();
        var names = data.FeatureNames.Concat(new[] { "original_feature_exp0" }).ToArray();
        var withCopy = new LabeledFeatureSet(data.Ids, names, rows, data.Classes, data.Labels, data.Groups, data.Centers);
        var model = RadiomicsModel.Train(withCopy, new ModelingOptions { Selector = FeatureSelectionMethod.Anova });
        var removed = Assert.Single(model.Preprocessing.CorrelatedRemoved);
        Approx.Equal(1, removed.Rho, 1e-12);

        // Equal Kruskal–Wallis H (same ranks): the earlier column stays.
        Assert.Equal("original_feature_exp0", removed.Removed);
        Assert.Equal("original_feature_0", removed.KeptPartner);
    }

    [Fact]
    public void BalancedClassWeightsMatchScikitLearn()
    {
        // sklearn.utils.class_weight.compute_class_weight("balanced", classes=[0,1,2], y=[0,0,0,0,1,1,2]) = [0.5833…, 1.1666…, 2.3333…]
        var w = ClassWeights.Balanced([0, 0, 0, 0, 1, 1, 2], 3);
        Approx.Equal(7.0 / 12, w[0], 1e-15);
        Approx.Equal(7.0 / 6, w[1], 1e-15);
        Approx.Equal(7.0 / 3, w[2], 1e-15);
    }
}
