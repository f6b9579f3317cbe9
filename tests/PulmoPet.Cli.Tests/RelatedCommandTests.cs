using System.Globalization;
using PulmoPet.Phantom;
using PulmoPet.Phantom.Related;

namespace PulmoPet.Cli.Tests;

/// <summary>The related-task commands on a two-patient cohort with every related output (coarse grid, so it is quick).</summary>
public sealed class RelatedCommandTests : IDisposable
{
    private readonly TempDirectory cohort = new();

    public RelatedCommandTests()
    {
        // A lung-cancer and a benign patient: bone lesions in one, none in the other.
        var options = new CohortOptions
        {
            Patients = 2, Seed = 4, CtSpacingMm = 4, PetSpacingMm = 4, MaxDegreeOfParallelism = 2,
            Classes = [LesionClass.PrimaryLungCancer, LesionClass.Benign],
        };
        CohortGenerator.Write(cohort.Path, options, writeExtra: (p, dir) => RelatedOutputs.Write(p, dir, options.Seed, RelatedOutputs.Parse("all")));
    }

    public void Dispose() => cohort.Dispose();

    [Fact]
    public void DensityBaselineWritesThePerfusionMetrics()
    {
        using var output = new TempDirectory();
        var run = CliRun.Of("dl", "eval-perfusion", "--cohort", cohort.Path, "--baseline", "density", "--out", output.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("density_baseline", run.Output);
        string[] lines = File.ReadAllLines(output.File("perfusion_cases.csv"));
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("case_id,model,spearman,dice_high_function,dice_low_function", lines[0]);
        double spearman = double.Parse(lines[1].Split(',')[2], CultureInfo.InvariantCulture);
        Assert.InRange(spearman, -1, 1);
        Assert.True(File.Exists(output.File("perfusion_summary.csv")));
    }

    [Fact]
    public void ThresholdBaselineWritesTheBoneMetrics()
    {
        using var output = new TempDirectory();
        var run = CliRun.Of("dl", "eval-bone", "--cohort", cohort.Path, "--baseline", "threshold", "--out", output.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        string[] summary = File.ReadAllLines(output.File("bone_summary.csv"));
        Assert.StartsWith("method,cases,lesions,detected,sensitivity,negative_cases,specificity", summary[0]);
        Assert.StartsWith("threshold_baseline,2,", summary[1]);
        Assert.Equal("1", summary[1].Split(',')[5]); // the benign patient is the one negative case
    }

    [Fact]
    public void AtlasBaselineWritesTheOrganDiceTable()
    {
        using var output = new TempDirectory();
        var run = CliRun.Of("dl", "eval-organs", "--cohort", cohort.Path, "--baseline", "atlas", "--atlas-cohort", cohort.Path, "--out", output.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        string[] table = File.ReadAllLines(output.File("organ_dice.csv"));
        Assert.Equal("organ,drf_1,drf_10,drf_20,drf_50,nac", table[0]);
        Assert.StartsWith("mean_over_organs,", table[^1]);
    }

    [Fact]
    public void ModelAndBaselineTogetherAreAUserError()
    {
        var run = CliRun.Of("dl", "eval-perfusion", "--cohort", cohort.Path, "--baseline", "density", "--model", cohort.Path, "--out", cohort.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["pulmopet: error: Give exactly one of --model and --baseline."], run.ErrorLines);
    }

    [Fact]
    public void ACohortWithoutTheRelatedFilesIsAUserErrorNamingTheFile()
    {
        using var plain = new TempDirectory();
        CohortGenerator.Write(plain.Path, new CohortOptions { Patients = 1, Seed = 4, CtSpacingMm = 4, PetSpacingMm = 4, MaxDegreeOfParallelism = 2 });
        using var output = new TempDirectory();
        var run = CliRun.Of("dl", "eval-bone", "--cohort", plain.Path, "--baseline", "threshold", "--out", output.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ct_bone.nii.gz is missing", run.Error);
    }

    [Fact]
    public void PhantomWithRelatedOutputsWritesThemAndRejectsUnknownOnes()
    {
        using var output = new TempDirectory();
        var bad = CliRun.Of("phantom", "--out", output.Path, "--patients", "1", "--with", "perfusion,kidneys");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("Unknown related output 'kidneys'", bad.Error);
    }
}
