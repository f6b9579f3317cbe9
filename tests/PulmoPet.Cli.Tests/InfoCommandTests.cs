
namespace PulmoPet.Cli.Tests;

public sealed class InfoCommandTests
{
    [Fact]
    public void DescribesTheIbsiDigitalPhantom()
    {
        // Expected grid and values from the reference-data README (ibsi1/digital_phantom: 5×4×4, int16,
        // 2 mm, LPS origin (0,0,0)) and its voxel table (values 1…9).
        string path = ReferenceData.File("ibsi1/digital_phantom/nifti/image/phantom.nii.gz");
        var run = CliRun.Of("info", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("NIfTI-1 (gzip)", run.Output);
        Assert.Contains("5 × 4 × 4 (80 voxels)", run.Output);
        Assert.Contains("2, 2, 2", run.Output);
        Assert.Contains("origin (mm, LPS)  0, 0, 0", run.Output);
        Assert.Contains("1 … 9", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void DescribesTheFlippedAxisOfAPyRadiomicsNrrd()
    {
        // README §3: brain1 is 256×256×25, spacing 0.78125×0.78125×6.5, y axis flipped, int16 0…3057.
        var run = CliRun.Of("info", ReferenceData.File("pyradiomics/data/brain1_image.nrrd"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("NRRD", run.Output);
        Assert.Contains("int16", run.Output);
        Assert.Contains("0.78125, 0.78125, 6.5", run.Output);
        Assert.Contains("[1, 0, 0] [0, -1, 0] [0, 0, 1]", run.Output);
        Assert.Contains("0 … 3057", run.Output);
    }

    [Fact]
    public void AMissingFileIsOneSentenceAndExitCodeOne()
    {
        var run = CliRun.Of("info", "/nonexistent/scan.nii.gz");
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("pulmopet: error:", line);
        Assert.Contains("scan.nii.gz", line);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void ATruncatedFileNamesTheFileAndTheProblem()
    {
        using var temp = new TempDirectory();
        byte[] bytes = File.ReadAllBytes(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz"));
        string truncated = temp.File("truncated.nii.gz");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 3)]);
        var run = CliRun.Of("info", truncated);
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("truncated.nii.gz", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public void ATextFileIsNotMistakenForAnImage()
    {
        using var temp = new TempDirectory();
        string notes = temp.File("notes.nii");
        File.WriteAllText(notes, "this is a clinical note, not an image");
        var run = CliRun.Of("info", notes);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notes.nii", Assert.Single(run.ErrorLines));
    }
}
