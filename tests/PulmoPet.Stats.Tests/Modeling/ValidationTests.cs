using PulmoPet.Stats.Modeling;
using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Persistence;
using PulmoPet.Stats.Modeling.Validation;

namespace PulmoPet.Stats.Tests.Modeling;

public sealed class ValidationTests
{
    [Fact]
    public void FoldsNeverSplitAPatientAndStayStratified()
    {
        var data = ModelingData.Lesions(patients: 60, features: 5, informative: 0, effect: 0, seed: 6);
        var folds = GroupedStratifiedFolds.Assign(data.Labels, data.Groups, 5, seed: 9);
        foreach (var patient in data.Groups.Distinct())
        {
            Assert.Single(Enumerable.Range(0, data.Count).Where(i => data.Groups[i] == patient).Select(i => folds[i]).Distinct());
        }

        Assert.Equal(5, folds.Distinct().Count());
        for (int f = 0; f < 5; f++)
        {
            // Every class appears in every fold (15 patients per class, 5 folds).
            Assert.Equal(4, Enumerable.Range(0, data.Count).Where(i => folds[i] == f).Select(i => data.Labels[i]).Distinct().Count());
        }
    }

    [Fact]
    public void TestLesionsDoNotInfluenceTheModel()
    {
        // A scaler, filter or selector fitted on the whole table would see the perturbed test lesion and change
        // the prediction of the untouched one.
        var data = ModelingData.Lesions(patients: 40, features: 12, informative: 6, effect: 1.5, seed: 7);
        var test = Enumerable.Range(0, data.Count).Where(i => data.Groups[i] is "P000" or "P001").ToArray();
        var train = Enumerable.Range(0, data.Count).Except(test).ToArray();
        var perturbed = data.Rows.Select((r, i) => i == test[^1] ? r.Select(v => v * 1000 + 500).ToArray() : r).ToArray();
        var other = new PulmoPet.Stats.Modeling.LabeledFeatureSet(data.Ids, data.FeatureNames, perturbed, data.Classes, data.Labels, data.Groups, data.Centers);
        foreach (var kind in new[] { ClassifierKind.Lasso, ClassifierKind.Svm })
        {
            var options = new ModelingOptions { Classifier = new ClassifierSettings { Kind = kind } };
            var (_, a) = CrossValidation.HeldOut("a", data, train, test, options);
            var (_, b) = CrossValidation.HeldOut("b", other, train, test, options);
            Assert.Equal(a[0].Probabilities, b[0].Probabilities);
        }

        var model = RadiomicsModel.Train(data.Subset(train), new ModelingOptions());
        int j = data.FeatureNames.ToList().IndexOf(model.Features[0]);
        Approx.Equal(train.Average(i => data.Rows[i][j]), model.Scaling.Means[0], 1e-12);
        Assert.NotEqual(data.Rows.Average(r => r[j]), model.Scaling.Means[0]);
    }

    [Fact]
    public void CrossValidationKeepsEachPatientInOneFold()
    {
        var data = ModelingData.Lesions(patients: 40, features: 10, informative: 4, effect: 2, seed: 8);
        var cv = CrossValidation.Run(data, new ModelingOptions(), folds: 4);
        Assert.All(data.Groups.Distinct(), g => Assert.Single(Enumerable.Range(0, data.Count).Where(i => data.Groups[i] == g).Select(i => cv.FoldIds[i]).Distinct()));
        Assert.Equal(data.Count, cv.Folds.Sum(f => f.TestLesions));
    }

    [Theory]
    [InlineData(ClassifierKind.RandomForest)]
    [InlineData(ClassifierKind.Svm)]
    [InlineData(ClassifierKind.GradientBoosting)]
    public void SeparableDataReachAucOne(ClassifierKind kind)
    {
        var data = ModelingData.Lesions(patients: 60, features: 16, informative: 8, effect: 8, seed: 10);
        var cv = CrossValidation.Run(data, new ModelingOptions { Classifier = new ClassifierSettings { Kind = kind, Trees = 100 } }, folds: 3);
        Assert.All(cv.Pooled.PerClass, c => Assert.Equal(1.0, c.Auc!.Auc));
        Assert.Equal(1.0, cv.Pooled.Confusion.Accuracy);
    }

    [Theory]
    [InlineData(ClassifierKind.RandomForest)]
    [InlineData(ClassifierKind.Svm)]
    public void ShuffledLabelsStayNearChance(ClassifierKind kind)
    {
        var data = ModelingData.Lesions(patients: 120, features: 16, informative: 8, effect: 3, seed: 11, shuffleLabels: true);
        var cv = CrossValidation.Run(data, new ModelingOptions { Classifier = new ClassifierSettings { Kind = kind, Trees = 100 } }, folds: 5);
        Assert.InRange(cv.Pooled.MacroAuc, 0.38, 0.62);
    }

    [Fact]
    public void SameSeedSameResultsWhateverTheThreads()
    {
        var data = ModelingData.Lesions(patients: 40, features: 12, informative: 6, effect: 1, seed: 12);
        var one = new ModelingOptions { Classifier = new ClassifierSettings { Kind = ClassifierKind.RandomForest, Trees = 60 }, Seed = 5, Threads = 1 };
        var a = CrossValidation.Run(data, one, folds: 4);
        var b = CrossValidation.Run(data, one with { Threads = 4 }, folds: 4);
        Assert.Equal(a.FoldIds, b.FoldIds);
        for (int i = 0; i < data.Count; i++) Assert.Equal(a.Predictions[i].Probabilities, b.Predictions[i].Probabilities);

        var c = CrossValidation.Run(data, one with { Seed = 6 }, folds: 4);
        Assert.Contains(Enumerable.Range(0, data.Count), i => !a.Predictions[i].Probabilities.SequenceEqual(c.Predictions[i].Probabilities));
    }

    [Theory]
    [InlineData(ClassifierKind.Lasso)]
    [InlineData(ClassifierKind.ElasticNet)]
    [InlineData(ClassifierKind.RandomForest)]
    [InlineData(ClassifierKind.Svm)]
    [InlineData(ClassifierKind.GradientBoosting)]
    public void SavedModelRoundTripsToIdenticalPredictions(ClassifierKind kind)
    {
        var data = ModelingData.Lesions(patients: 40, features: 12, informative: 6, effect: 1.5, seed: 13);
        var model = RadiomicsModel.Train(data, new ModelingOptions { Classifier = new ClassifierSettings { Kind = kind, Trees = 50 } });
        using var temp = new TempDirectory();
        ModelDirectory.Save(model, temp.Path);
        var loaded = ModelDirectory.Load(temp.Path);
        Assert.Equal(model.Features, loaded.Features);
        Assert.Equal(model.Classes, loaded.Classes);
        Assert.Equal(model.TrainingSha256, loaded.TrainingSha256);
        Assert.Equal(model.Predict(data.Rows, data.FeatureNames, "t"), loaded.Predict(data.Rows, data.FeatureNames, "t"));
    }

    [Fact]
    public void LoadingNamesTheMissingColumnsAndChecksTheVersion()
    {
        var data = ModelingData.Lesions(patients: 30, features: 8, informative: 4, effect: 1.5, seed: 14);
        var model = RadiomicsModel.Train(data, new ModelingOptions { FeatureCount = 2 });
        using var temp = new TempDirectory();
        ModelDirectory.Save(model, temp.Path);
        var names = data.FeatureNames.Where(n => n != model.Features[1]).ToArray();
        var error = Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() => ModelDirectory.Load(temp.Path).ColumnsIn(names, "new.csv"));
        Assert.Equal($"'new.csv' lacks 1 feature column(s) the model needs: {model.Features[1]}.", error.Message);

        string manifest = Path.Combine(temp.Path, ModelDirectory.ManifestFile);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));
        var versionError = Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() => ModelDirectory.Load(temp.Path));
        Assert.Contains("manifest version 2; this PulmoPet reads version 1", versionError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalValidationTrainsOnTheOtherCentres()
    {
        var data = ModelingData.Lesions(patients: 48, features: 10, informative: 6, effect: 3, seed: 15);
        var result = ExternalValidation.Run(data, ["C3"], new ModelingOptions());
        Assert.Equal(data.Centers.Count(c => c == "C3"), result.Metrics.TestLesions);
        Assert.Equal(data.Count - result.Metrics.TestLesions, result.Metrics.TrainingLesions);
        Assert.True(result.Evaluation.MacroAuc > 0.8);
    }

    [Fact]
    public void PairwiseCouplingRecoversConsistentProbabilities()
    {
        double[] p = [0.1, 0.2, 0.3, 0.4];
        var r = p.Select(pi => p.Select(pj => pi / (pi + pj)).ToArray()).ToArray();
        var coupled = PairwiseCoupling.Couple(r);
        for (int k = 0; k < 4; k++) Approx.Equal(p[k], coupled[k], 1e-9);
    }

    [Fact]
    public void TuningPicksFromTheGridInsideEachTrainingPart()
    {
        var data = ModelingData.Lesions(patients: 40, features: 10, informative: 6, effect: 2, seed: 16);
        var baseline = new ClassifierSettings { Kind = ClassifierKind.Svm };
        var grid = HyperParameterTuning.Grid(baseline, 4);
        Assert.Equal(9, grid.Count);
        var options = new ModelingOptions { Classifier = baseline, Tune = true, FeatureCount = 4 };
        var chosen = HyperParameterTuning.Choose(data, options, 4);
        Assert.Contains(chosen, grid);
        var cv = CrossValidation.Run(data, options, folds: 3);
        Assert.All(cv.Folds, f => Assert.Contains(f.Settings, grid));
    }
}
