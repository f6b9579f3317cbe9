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

public sealed class PhantomDicomExportTests
{
    [Fact]
    public void TheDicomExportConvertsBackToThePhantomSuv()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("phantom", "--out", temp.Path, "--patients", "1", "--seed", "11", "--dicom");
        Assert.Equal(0, run.ExitCode);
        string patient = Path.Combine(temp.Path, "P001");

        var info = CliRun.Of("info", Path.Combine(patient, "dicom"));
        Assert.Equal(0, info.ExitCode);
        Assert.Contains("CT", info.Output);
        Assert.Contains("BQML", info.Output);

        // The PET is stored in Bq/ml; SUVbw computed from its header must give the phantom's SUV back
        // within the storage quantisation (half a rescale step per voxel, well under 1e-3 SUV here).
        string converted = temp.File("pet_from_dicom.nii.gz");
        var convert = CliRun.Of("convert", Path.Combine(patient, "dicom"), "--modality", "PT", "--suv", "bw", "--out", converted);
        Assert.Equal(0, convert.ExitCode);
        var expected = ImageFile.Read<float>(Path.Combine(patient, "pet_suv.nii.gz"));
        var actual = ImageFile.Read<float>(converted);
        Assert.True(expected.Geometry.IsSameGrid(actual.Geometry, 1e-3), actual.Geometry.Describe());
        double maxError = 0;
        for (int i = 0; i < expected.Voxels.Length; i++)
        {
            maxError = Math.Max(maxError, Math.Abs(expected.Voxels[i] - actual.Voxels[i]));
        }

        Assert.True(maxError < 1e-3, $"max |ΔSUV| = {maxError}");
    }

    [Fact]
    public void LesionsFromTheDicomSeriesEqualLesionsFromTheNiftiFiles()
    {
        // The hospital path (DICOM CT + PET in Bq/ml → SUVbw) must give the same inventory as the
        // phantom's own NIfTI files: same lesion count and SUVmax within the storage quantisation.
        using var temp = new TempDirectory();
        Assert.Equal(0, CliRun.Of("phantom", "--out", temp.Path, "--patients", "2", "--seed", "3", "--dicom").ExitCode);
        string patient = Path.Combine(temp.Path, "P002");
        var fromNifti = CliRun.Of("lesions", "--pet", Path.Combine(patient, "pet_suv.nii.gz"), "--ct", Path.Combine(patient, "ct.nii.gz"), "--out", temp.File("nifti"));
        var fromDicom = CliRun.Of("lesions", "--pet", Path.Combine(patient, "dicom", "PT"), "--ct", Path.Combine(patient, "dicom", "CT"), "--out", temp.File("dicom"));
        Assert.Equal(0, fromNifti.ExitCode);
        Assert.Equal(0, fromDicom.ExitCode);
        string[] niftiRows = File.ReadAllLines(Path.Combine(temp.File("nifti"), "lesions.csv"))[1..];
        string[] dicomRows = File.ReadAllLines(Path.Combine(temp.File("dicom"), "lesions.csv"))[1..];
        Assert.NotEmpty(niftiRows);
        Assert.Equal(niftiRows.Length, dicomRows.Length);
        for (int i = 0; i < niftiRows.Length; i++)
        {
            double a = double.Parse(niftiRows[i].Split(',')[2], System.Globalization.CultureInfo.InvariantCulture);
            double b = double.Parse(dicomRows[i].Split(',')[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(a - b) < 1e-3, $"lesion {i + 1}: SUVmax {a} from NIfTI, {b} from DICOM");
        }
    }
}
