using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Cli.Tests;

public sealed class PhantomCommandTests
{
    [Fact]
    public void WritesAPatientWhoseImagesShareOnePhysicalSpace()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("phantom", "--out", temp.Path, "--patients", "1", "--seed", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 patients", run.Output);
        string patient = Path.Combine(temp.Path, "P001");
        foreach (string file in new[] { "ct.nii.gz", "pet_suv.nii.gz", "lesions.nii.gz", "lungs.nii.gz", "lobes.nii.gz", "organs.nii.gz" })
        {
            Assert.True(File.Exists(Path.Combine(patient, file)), file);
        }

        Assert.True(File.Exists(Path.Combine(temp.Path, "clinical.csv")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "lesions_truth.csv")));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));

        // The brief: CT about 2 mm in HU, PET about 4 mm in SUV, both covering the same chest.
        var ct = ImageFile.ReadHeader(Path.Combine(patient, "ct.nii.gz")).Geometry;
        var pet = ImageFile.ReadHeader(Path.Combine(patient, "pet_suv.nii.gz")).Geometry;
        Assert.Equal(2.0, ct.Spacing.X, 3);
        Assert.Equal(4.0, pet.Spacing.X, 3);
        Assert.True((ct.Center - pet.Center).Length < 4.0, $"CT centre {ct.Center} vs PET centre {pet.Center}");
        var lungs = ImageFile.Read<byte>(Path.Combine(patient, "lungs.nii.gz"));
        Assert.True(lungs.Geometry.IsSameGrid(ct));
    }

    [Theory]
    [InlineData("--patients", "0")]
    [InlineData("--centers", "0")]
    [InlineData("--dose-factor", "-1")]
    public void ImpossibleSettingsAreUserErrors(string option, string value)
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("phantom", "--out", temp.Path, option, value);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
