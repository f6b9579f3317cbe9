using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Cli.Tests;

public sealed class LesionsCommandTests
{
    /// <summary>A 41³ PET on a 2 mm grid with one hot focus (SUV 1 + 8 in a 6 mm radius ball, box-blurred) and a lung mask covering x &lt; 20 mm.</summary>
    private static (string Pet, string Lungs) WriteScene(TempDirectory folder)
    {
        var grid = new ImageGeometry(new Size3(41, 41, 41), new Vector3D(2, 2, 2), new Vector3D(-40, -40, -40));
        var pet = new Volume<float>(grid).Fill(1f);
        var lungs = new Volume<byte>(grid);
        for (int z = 0; z < 41; z++)
        {
            for (int y = 0; y < 41; y++)
            {
                for (int x = 0; x < 41; x++)
                {
                    var p = grid.IndexToWorld(x, y, z);
                    double r = (p - new Vector3D(-10, 0, 0)).Length;
                    pet[x, y, z] += (float)(8 * Math.Clamp((8 - r) / 4, 0, 1));
                    lungs[x, y, z] = p.X < 20 ? (byte)1 : (byte)0;
                }
            }
        }

        string petPath = folder.File("pet.nii.gz");
        string lungsPath = folder.File("lungs.nii.gz");
        ImageFile.Write(pet, petPath);
        ImageFile.Write(lungs, lungsPath);
        return (petPath, lungsPath);
    }

    [Fact]
    public void WritesTheTableLabelsLungsMipAndSummary()
    {
        using var folder = new TempDirectory();
        var (pet, lungs) = WriteScene(folder);
        string output = Path.Combine(folder.Path, "out");

        var run = LesionsCommandRun.Of("lesions", "--pet", pet, "--lungs", lungs, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal(["lesions.csv", "lesions.nii.gz", "lungs.nii.gz", "mip.png", "summary.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var table = File.ReadAllLines(Path.Combine(output, "lesions.csv"));
        Assert.StartsWith("case_id,lesion_id,suv_max,suv_mean,suv_peak,mtv_ml,tlg,centroid_x_mm,centroid_y_mm,centroid_z_mm,max_diameter_mm,side,zone", table[0], StringComparison.Ordinal);
        Assert.Equal(2, table.Length);
        Assert.StartsWith("pet,1,9,", table[1], StringComparison.Ordinal);
        var labels = ImageFile.Read(Path.Combine(output, "lesions.nii.gz"));
        Assert.Equal(new Size3(41, 41, 41), labels.Size);
        Assert.Contains("\"lesion_count\": 1", File.ReadAllText(Path.Combine(output, "summary.json")), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(Path.Combine(output, "mip.png"))[..4]);
    }

    [Fact]
    public void WithoutCtOrLungsItSaysWhatIsMissing()
    {
        using var folder = new TempDirectory();
        var (pet, _) = WriteScene(folder);

        var run = LesionsCommandRun.Of("lesions", "--pet", pet, "--out", folder.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pulmopet: error: Give --ct to segment the lungs from, or --lungs with a lung mask; without either there are no lungs to search.", run.ErrorLines.Single());
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void LungsCommandSegmentsTheLungmaskSlices()
    {
        using var folder = new TempDirectory();
        string dicom = Path.GetDirectoryName(ReferenceData.File("real/lungmask/testdata/0.dcm"))!;
        string output = folder.File("lungs.nii.gz");

        var run = LesionsCommandRun.Of("lungs", "--ct", dicom, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var labels = ImageFile.Read<byte>(output);
        // lungmask R231 on these slices: right 64 752, left 36 536 voxels.
        Assert.InRange(labels.Voxels.Count(v => v == 1), 0.95 * 64752, 1.05 * 64752);
        Assert.InRange(labels.Voxels.Count(v => v == 2), 0.95 * 36536, 1.05 * 36536);
        Assert.Equal(["lungs.nii.gz"], folder.FileNames());
    }

    [Fact]
    public void EvaluateSegScoresAPredictionAgainstItself()
    {
        using var folder = new TempDirectory();
        var (pet, lungs) = WriteScene(folder);
        string output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, LesionsCommandRun.Of("lesions", "--pet", pet, "--lungs", lungs, "--out", output).ExitCode);
        string labels = Path.Combine(output, "lesions.nii.gz");

        var run = LesionsCommandRun.Of("evaluate-seg", "--pred", labels, "--truth", labels, "--out", folder.File("eval.csv"));

        Assert.Equal(0, run.ExitCode);
        var summary = File.ReadAllLines(folder.File("eval_summary.csv"));
        Assert.Equal("case_id,truth_lesions,pred_lesions,detected,detection_rate,false_positives,global_dice,mean_lesion_dice,false_positive_volume_ml,false_negative_volume_ml", summary[0]);
        Assert.Equal("lesions,1,1,1,1,0,1,1,0,0", summary[1]);
        Assert.Equal("ALL,1,1,1,1,0,1,1,0,0", summary[2]);
        Assert.Contains(",true_positive,", File.ReadAllLines(folder.File("eval.csv"))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ALobeMapAddsTheLobeColumn()
    {
        using var folder = new TempDirectory();
        var (pet, lungs) = WriteScene(folder);
        // TotalSegmentator v2 numbering: 12 is the right upper lobe.
        var lobeMap = ImageFile.Read<byte>(lungs);
        for (int i = 0; i < lobeMap.Voxels.Length; i++)
        {
            lobeMap.Voxels[i] = (byte)(lobeMap.Voxels[i] != 0 ? 12 : 0);
        }

        string lobes = folder.File("lobes.nii.gz");
        ImageFile.Write(lobeMap, lobes);
        string output = Path.Combine(folder.Path, "out");

        var run = LesionsCommandRun.Of("lesions", "--pet", pet, "--lungs", lungs, "--lobes", lobes, "--lobe-labels", "totalsegmentator", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var table = File.ReadAllLines(Path.Combine(output, "lesions.csv"));
        Assert.EndsWith(",delineation,lobe", table[0], StringComparison.Ordinal);
        Assert.EndsWith(",RUL", table[1], StringComparison.Ordinal);
        Assert.Contains("\"lobe_labels\": \"totalsegmentator\"", File.ReadAllText(Path.Combine(output, "summary.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spleen:2", "The threshold 'spleen:2' is neither an SUV nor liver[:factor] or blood-pool[:factor].")]
    [InlineData("liver", "A liver or blood-pool threshold is measured on the CT and the PET; give the CT, or the reference's mean SUV instead.")]
    public void ThresholdErrorsAreOneSentence(string threshold, string message)
    {
        using var folder = new TempDirectory();
        var (pet, lungs) = WriteScene(folder);

        var run = LesionsCommandRun.Of("lesions", "--pet", pet, "--lungs", lungs, "--threshold", threshold, "--out", folder.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pulmopet: error: " + message, run.ErrorLines.Single());
    }

    [Fact]
    public void AGivenBloodPoolMeanSetsThePercistThreshold()
    {
        using var folder = new TempDirectory();
        var (pet, lungs) = WriteScene(folder);
        string output = Path.Combine(folder.Path, "out");

        var run = LesionsCommandRun.Of("lesions", "--pet", pet, "--lungs", lungs, "--blood-pool-mean", "2", "--blood-pool-sd", "0.25", "--out", output);

        Assert.Equal(0, run.ExitCode);
        // PERCIST: 2 × 2 + 2 × 0.25 = 4.5.
        Assert.Contains("\"threshold_suv\": 4.5", File.ReadAllText(Path.Combine(output, "summary.json")), StringComparison.Ordinal);
    }
}
