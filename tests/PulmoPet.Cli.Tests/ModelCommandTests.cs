using System.Globalization;

namespace PulmoPet.Cli.Tests;

public sealed class ModelCommandTests
{
    private static readonly string[] Classes = ["benign", "lung_cancer", "lymphoma", "metastasis"];

    /// <summary>48 patients (class = patient mod 4, centre = patient mod 3), 2 lesions each; features 0–3 shifted by 4 SD for one class, 4–9 noise.</summary>
    private static (string Features, string Labels) WriteTables(TempDirectory temp)
    {
        var random = new Random(21);
        var features = new List<string> { "case_id," + string.Join(",", Enumerable.Range(0, 10).Select(j => $"original_firstorder_F{j}")) };
        var labels = new List<string> { "case_id,patient_id,center,class,age_years,sex" };
        for (int p = 0; p < 48; p++)
        {
            for (int l = 1; l <= 2; l++)
            {
                string id = $"P{p:D2}_L{l}";
                var values = Enumerable.Range(0, 10).Select(j => random.NextDouble() * 2 + (j < 4 && j == p % 4 ? 4 : 0));
                features.Add(id + "," + string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
                labels.Add(string.Create(CultureInfo.InvariantCulture, $"{id},P{p:D2},C{p % 3 + 1},{Classes[p % 4]},{50 + (p * 7 % 30)},{(p % 2 == 0 ? "female" : "male")}"));
            }
        }

        File.WriteAllLines(temp.File("features.csv"), features);
        File.WriteAllLines(temp.File("labels.csv"), labels);
        return (temp.File("features.csv"), temp.File("labels.csv"));
    }

    [Fact]
    public void TrainPredictEvaluateRoundTrip()
    {
        using var temp = new TempDirectory();
        var (features, labels) = WriteTables(temp);
        var train = CliRun.Of("model", "train", "--features", features, "--labels", labels, "--group-column", "patient_id",
            "--model", "svm", "--selector", "anova", "--n-features", "50", "--out", temp.File("model"));
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("cap floor(0.10 x 96 training lesions) = 9, requested 50; within cap: yes", train.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.File("model"), "manifest.json")));

        var predict = CliRun.Of("model", "predict", "--model", temp.File("model"), "--features", features, "--labels", labels, "--out", temp.File("p.csv"));
        Assert.Equal(0, predict.ExitCode);
        Assert.StartsWith("case_id,truth,predicted,prob_benign,prob_lung_cancer,prob_lymphoma,prob_metastasis", File.ReadAllText(temp.File("p.csv")), StringComparison.Ordinal);

        var evaluate = CliRun.Of("evaluate", "--predictions", temp.File("p.csv"), "--out", temp.File("eval"));
        Assert.Equal(0, evaluate.ExitCode);
        Assert.Contains("accuracy = 1.000", evaluate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossValidationPrintsEveryFoldAndThePooledMetrics()
    {
        using var temp = new TempDirectory();
        var (features, labels) = WriteTables(temp);
        var run = CliRun.Of("model", "cv", "--features", features, "--labels", labels, "--group-column", "patient_id", "--folds", "4", "--out", temp.File("cv"));
        Assert.Equal(0, run.ExitCode);
        foreach (string fold in new[] { "fold 1", "fold 2", "fold 3", "fold 4" }) Assert.Contains(fold, run.Output, StringComparison.Ordinal);
        Assert.Contains("Pooled out-of-fold predictions:", run.Output, StringComparison.Ordinal);
        Assert.Contains("lymphoma", run.Output, StringComparison.Ordinal);
        var predictions = File.ReadAllLines(Path.Combine(temp.File("cv"), "cv_predictions.csv"));
        Assert.Equal(97, predictions.Length);
        Assert.EndsWith(",fold", predictions[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SignaturesCompareClinicalRadiomicsAndCombined()
    {
        using var temp = new TempDirectory();
        var (features, labels) = WriteTables(temp);
        Assert.Equal(0, CliRun.Of("model", "cv", "--features", features, "--labels", labels, "--group-column", "patient_id", "--folds", "3", "--out", temp.File("cv")).ExitCode);
        var run = CliRun.Of("model", "signatures", "--predictions", Path.Combine(temp.File("cv"), "cv_predictions.csv"), "--labels", labels,
            "--positive", "lymphoma", "--clinical", "age_years,sex");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lymphoma vs rest: 24 positive of 96 lesions", run.Output, StringComparison.Ordinal);
        Assert.Contains("radiomics  AUC 1.000", run.Output, StringComparison.Ordinal);
        Assert.Contains("clinical vs combined:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalCentreIsHeldOutAndEvaluated()
    {
        using var temp = new TempDirectory();
        var (features, labels) = WriteTables(temp);
        var run = CliRun.Of("model", "train", "--features", features, "--labels", labels, "--group-column", "patient_id",
            "--center-column", "center", "--test-centers", "C2", "--out", temp.File("model"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("on 64 lesions of 32 patients", run.Output, StringComparison.Ordinal);
        Assert.Contains("External validation on centre(s) C2 (32 lesions, 16 patients)", run.Output, StringComparison.Ordinal);
        Assert.Equal(33, File.ReadAllLines(Path.Combine(temp.File("model"), "external_predictions.csv")).Length);
    }

    [Fact]
    public void PredictNamesTheMissingFeatureColumns()
    {
        using var temp = new TempDirectory();
        var (features, labels) = WriteTables(temp);
        Assert.Equal(0, CliRun.Of("model", "train", "--features", features, "--labels", labels, "--selector", "anova", "--n-features", "2", "--out", temp.File("model")).ExitCode);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.File("model"), "manifest.json")));
        string used = manifest.RootElement.GetProperty("features")[1].GetString()!;
        var lines = File.ReadAllLines(features);
        int drop = Array.IndexOf(lines[0].Split(','), used);
        File.WriteAllLines(temp.File("fewer.csv"), lines.Select(l => string.Join(",", l.Split(',').Where((_, i) => i != drop))));
        var run = CliRun.Of("model", "predict", "--model", temp.File("model"), "--features", temp.File("fewer.csv"), "--out", temp.File("p.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"lacks 1 feature column(s) the model needs: {used}.", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("p.csv")));
    }

    [Fact]
    public void TooFewTrainingLesionsIsAUserError()
    {
        using var temp = new TempDirectory();
        File.WriteAllLines(temp.File("f.csv"), ["case_id,a,class", "1,1,x", "2,2,x", "3,3,y", "4,4,y"]);
        var run = CliRun.Of("model", "train", "--features", temp.File("f.csv"), "--out", temp.File("model"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("10% cap allows no feature", run.Error, StringComparison.Ordinal);
    }
}
