using PulmoPet.Imaging.Io;

namespace PulmoPet.Cli.Tests;

/// <summary>
/// The dl commands on a cohort: a manifest CSV puts two phantom patients in centre A and one in centre B;
/// models train on A and are applied to B, and the outputs go straight into evaluate-seg and evaluate.
/// Learning itself is asserted in PulmoPet.Deep.Tests; these runs are one step long.
/// </summary>
public sealed class DlCohortCommandTests
{
    [Fact]
    public void ModelsTrainOnOneCentreAndTheirOutputsAreReadByTheEvaluations()
    {
        using var temp = new TempDirectory();
        string cohort = temp.File("cohort");
        Assert.Equal(0, CliRun.Of("phantom", "--out", cohort, "--patients", "3", "--seed", "5").ExitCode);
        string manifest = temp.File("manifest.csv");
        File.WriteAllText(manifest, "case_id,pet,ct,lungs,lesions,class,center\n" + string.Concat(new[] { ("P001", "A"), ("P002", "A"), ("P003", "B") }
            .Select(p => $"{p.Item1},cohort/{p.Item1}/pet_suv.nii.gz,cohort/{p.Item1}/ct.nii.gz,cohort/{p.Item1}/lungs.nii.gz,cohort/{p.Item1}/lesions.nii.gz,"
                + $"{ClassOf(cohort, p.Item1)},{p.Item2}\n")));
        string[] training = ["--cohort", manifest, "--train-centers", "A", "--validation", "1", "--epochs", "1", "--steps", "1", "--seed", "2"];
        string[] testing = ["--cohort", manifest, "--test-centers", "B"];

        var trainSeg = CliRun.Of([.. (string[])["dl", "train-seg", "--out", temp.File("seg")], .. training, "--patch", "16", "--batch", "1", "--base-channels", "4", "--depth", "2"]);
        Assert.True(trainSeg.ExitCode == 0, trainSeg.Error);
        Assert.Contains("reading 1 training and 1 validation patients", trainSeg.Output);
        Assert.Contains("eta 0s", trainSeg.Output); // one epoch of one: nothing left
        var segment = CliRun.Of([.. (string[])["dl", "segment", "--model", temp.File("seg"), "--out", temp.File("seg-test")], .. testing]);
        Assert.True(segment.ExitCode == 0, segment.Error);
        var pet = ImageFile.ReadHeader(Path.Combine(cohort, "P003", "pet_suv.nii.gz")).Geometry;
        Assert.True(ImageFile.ReadHeader(temp.File("seg-test/P003/lesions.nii.gz")).Geometry.IsSameGrid(pet, 1e-4));
        Assert.Equal(0, CliRun.Of("evaluate-seg", "--manifest", temp.File("seg-test/evaluate-seg.csv"), "--out", temp.File("seg.csv")).ExitCode);
        Assert.StartsWith("P003,", File.ReadAllLines(temp.File("seg_summary.csv"))[1]);

        var trainCls = CliRun.Of([.. (string[])["dl", "train-cls", "--out", temp.File("cls")], .. training, "--crop", "8"]);
        Assert.True(trainCls.ExitCode == 0, trainCls.Error);
        var classify = CliRun.Of([.. (string[])["dl", "classify", "--model", temp.File("cls"), "--out", temp.File("cls-test.csv")], .. testing]);
        Assert.True(classify.ExitCode == 0, classify.Error);
        var lesions = File.ReadAllLines(temp.File("cls-test.csv"));
        Assert.Equal("case_id,truth,predicted,prob_lymphoma,prob_lung_cancer,prob_benign,prob_metastasis,patient_id,lesion_id", lesions[0]);
        Assert.All(lesions.Skip(1), row => Assert.StartsWith("P003-L", row));
        var patients = File.ReadAllLines(temp.File("cls-test_patients.csv"));
        Assert.Equal(2, patients.Length);
        Assert.StartsWith($"P003,{ClassOf(cohort, "P003")},", patients[1]);

        var trainLungs = CliRun.Of([.. (string[])["dl", "train-lungs", "--out", temp.File("lungs")], .. training, "--batch", "1"]);
        Assert.True(trainLungs.ExitCode == 0, trainLungs.Error);
        var lungs = CliRun.Of([.. (string[])["dl", "lungs", "--model", temp.File("lungs"), "--out", temp.File("lungs-test")], .. testing]);
        Assert.True(lungs.ExitCode == 0, lungs.Error);
        var ct = ImageFile.ReadHeader(Path.Combine(cohort, "P003", "ct.nii.gz")).Geometry;
        Assert.True(ImageFile.ReadHeader(temp.File("lungs-test/P003/lungs.nii.gz")).Geometry.IsSameGrid(ct, 1e-4));
        Assert.Equal(0, CliRun.Of("evaluate-seg", "--manifest", temp.File("lungs-test/evaluate-seg.csv"), "--out", temp.File("lungs.csv")).ExitCode);
    }

    [Fact]
    public void CentresWithoutACohortAreAUserError()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("dl", "train-seg", "--out", temp.File("m"), "--train-centers", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--train-centers selects centres of a --cohort", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void AnUnknownTestCentreIsAUserErrorNamingTheCentres()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("clinical.csv"), "case_id,class,center\nP001,benign,1\nP002,lymphoma,2\n");
        var run = CliRun.Of("dl", "segment", "--model", temp.File("none"), "--cohort", temp.Path, "--test-centers", "3", "--out", temp.File("o"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("its centres are 1, 2", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData(12, "12s")]
    [InlineData(249, "4m09s")]
    [InlineData(3900, "1h05m")]
    public void TimeLeftIsWrittenInHoursMinutesAndSeconds(int seconds, string expected) =>
        Assert.Equal(expected, Commands.DlTrainingOptions.Duration(TimeSpan.FromSeconds(seconds)));

    private static string ClassOf(string cohort, string caseId) =>
        File.ReadLines(Path.Combine(cohort, "clinical.csv")).Select(l => l.Split(',')).First(c => c[0] == caseId)[1];
}
