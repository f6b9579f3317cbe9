using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests.Inference;

public sealed class ModelDirectoryTests
{
    internal static readonly UNetOptions Tiny = new() { BaseChannels = 2, Depth = 2 };

    internal static ModelManifest Manifest(UNetOptions options) => new()
    {
        Task = "lesion-segmentation",
        Architecture = "unet",
        UNet = options,
        Channels = ["ct", "pet"],
        Classes = ["background", "lesion"],
        SpacingMm = [4, 4, 4],
        PatchSize = [8, 8, 8],
        Normalization = PetCtNormalization.Default with { PetMaxSuv = 25 },
        TrainingDataSha256 = new string('a', 64),
        Seed = 17,
    };

    [Fact]
    public void SavedModelReloadsWithItsManifestAndGivesTheSameOutput()
    {
        using var directory = new TempDirectory();
        torch.manual_seed(2);
        using var model = new UNet(Tiny);
        model.eval();
        ModelDirectory.Save(directory.Path, Manifest(Tiny), model);
        Assert.Equal([ModelDirectory.ManifestFile, ModelDirectory.WeightsFile], directory.FileNames());

        var (manifest, loaded) = ModelDirectory.Load(directory.Path);
        Assert.Equal(Tiny, manifest.UNet);
        Assert.Equal(25, manifest.Normalization.PetMaxSuv);
        Assert.Equal(17, manifest.Seed);
        Assert.Equal(new long[] { 8, 8, 8 }, manifest.PatchSize);
        var input = Make.Random(1, 2, 8, 8, 8);
        Assert.True(model.forward(input).allclose(loaded.forward(input), atol: 1e-6));
        Assert.Contains("\"training_data_sha256\"", File.ReadAllText(directory.File(ModelDirectory.ManifestFile)));
    }

    [Fact]
    public void MissingManifestIsAUserError()
    {
        using var directory = new TempDirectory();
        var error = Assert.Throws<InvalidInputException>(() => ModelDirectory.Load(directory.Path));
        Assert.Contains("model.json", error.Message);
    }
}
