using System.Text.Json;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Cli.Tests;

public sealed class DlCommandTests
{
    [Fact]
    public void ATinySegmentationModelTrainsSavesAndSegmentsOnThePetGrid()
    {
        // A smoke test of the whole command path (phantom data → training → model directory → sliding-window
        // inference → NIfTI); learning itself is asserted in PulmoPet.Deep.Tests.
        using var temp = new TempDirectory();
        string model = temp.File("model");
        var train = CliRun.Of("dl", "train-seg", "--out", model, "--patients", "1", "--validation", "1", "--epochs", "1",
            "--steps", "1", "--patch", "16", "--batch", "1", "--base-channels", "4", "--depth", "2", "--seed", "3");
        Assert.True(train.ExitCode == 0, train.Error);
        Assert.True(File.Exists(Path.Combine(model, "weights.dat")));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(model, "model.json"))))
        {
            string text = manifest.RootElement.GetRawText();
            Assert.Contains("\"classes\"", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("channels", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(0, CliRun.Of("phantom", "--out", temp.File("cohort"), "--patients", "1", "--seed", "4").ExitCode);
        string patient = Path.Combine(temp.File("cohort"), "P001");
        string labels = temp.File("segmentation.nii.gz");
        var segment = CliRun.Of("dl", "segment", "--model", model, "--pet", Path.Combine(patient, "pet_suv.nii.gz"),
            "--ct", Path.Combine(patient, "ct.nii.gz"), "--lungs", Path.Combine(patient, "lungs.nii.gz"), "--out", labels);
        Assert.True(segment.ExitCode == 0, segment.Error);
        var pet = ImageFile.ReadHeader(Path.Combine(patient, "pet_suv.nii.gz")).Geometry;
        Assert.True(ImageFile.ReadHeader(labels).Geometry.IsSameGrid(pet, 1e-4));

        // The same lesion table as `pulmopet lesions`, one row per instance of the label map.
        string[] table = File.ReadAllLines(temp.File("segmentation.csv"));
        Assert.Equal(string.Join(',', PulmoPet.Pet.Reporting.LesionTable.Columns), table[0]);
        int instances = ImageFile.Read<byte>(labels).Voxels.Distinct().Count(v => v != 0);
        Assert.Equal(instances, table.Length - 1);
    }

    [Fact]
    public void AMissingModelIsAUserError()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("dl", "segment", "--model", temp.File("nothing"), "--pet", temp.File("p.nii.gz"), "--ct", temp.File("c.nii.gz"), "--out", temp.File("o.nii.gz"));
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}
