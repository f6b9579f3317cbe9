using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Cli.Tests;

public sealed class ConvertCommandTests
{
    [Theory]
    [InlineData("brain1.nii.gz")]
    [InlineData("brain1.nii")]
    [InlineData("brain1.mha")]
    [InlineData("brain1.mhd")]
    [InlineData("brain1.nhdr")]
    [InlineData("brain1.nrrd")]
    public void ConvertingKeepsGeometryAndVoxelsExactly(string targetName)
    {
        using var temp = new TempDirectory();
        string source = ReferenceData.File("pyradiomics/data/brain1_image.nrrd");
        string target = temp.File(targetName);

        var run = CliRun.Of("convert", source, "--out", target);

        Assert.Equal(0, run.ExitCode);
        var original = ImageFile.Read<short>(source);
        var converted = ImageFile.Read<short>(target);
        Assert.True(original.Geometry.IsSameGrid(converted.Geometry, 1e-6), converted.Geometry.Describe());
        Assert.Equal(original.Voxels, converted.Voxels);
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void TypeConversionSaturates()
    {
        // brain1 holds int16 values up to 3057 (README §3); uint8 saturates them at 255.
        using var temp = new TempDirectory();
        string target = temp.File("brain1_u8.nrrd");
        var run = CliRun.Of("convert", ReferenceData.File("pyradiomics/data/brain1_image.nrrd"), "--out", target, "--type", "uint8");
        Assert.Equal(0, run.ExitCode);
        var converted = ImageFile.Read(target);
        Assert.Equal(VoxelType.UInt8, converted.VoxelType);
        Assert.Equal(255, ValueSummary.Of(converted).Maximum);
    }

    [Fact]
    public void AnUnknownExtensionLeavesNoFileBehind()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("convert", ReferenceData.File("pyradiomics/data/breast1_image.nrrd"), "--out", temp.File("breast.png"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("breast.png", Assert.Single(run.ErrorLines));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void AnUnknownVoxelTypeIsAUserError()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("convert", ReferenceData.File("pyradiomics/data/breast1_image.nrrd"), "--out", temp.File("b.nrrd"), "--type", "complex64");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("complex64", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void MissingRequiredOptionIsAUsageError()
    {
        var run = CliRun.Of("convert", "in.nii");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--out", run.Error);
    }

    [Theory]
    [InlineData("info")]
    [InlineData("convert")]
    public void EveryCommandHasHelp(string command)
    {
        var run = CliRun.Of(command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
    }
}
