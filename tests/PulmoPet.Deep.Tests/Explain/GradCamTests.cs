using PulmoPet.Deep.Explain;
using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests.Explain;

public sealed class GradCamTests
{
    private static ResidualClassifier Tiny() => new(new ClassifierOptions { InChannels = 2, Classes = 4, BaseChannels = 2, Stages = 2 });

    [Fact]
    public void RawMapIsReluOfClassWeightedFeaturesOverN()
    {
        // Head = global average pool + linear, so ∂y_c/∂A_k(x) = W[c, k] / N at every voxel x, hence
        // α_k = W[c, k] / N and the map is ReLU(Σ_k W[c, k] A_k(x) / N) (Selvaraju et al., eq. 1–2).
        torch.manual_seed(6);
        using var model = Tiny();
        model.eval();
        var input = Make.Random(1, 2, 8, 8, 8);
        const long c = 2;
        var raw = GradCam.ComputeRaw(model, input, c);

        using var noGrad = no_grad();
        var features = model.Features(input)[0];                 // [K, 4, 4, 4]
        var weight = model.named_parameters().Single(p => p.name.EndsWith("linear.weight")).parameter[c]; // [K]
        long n = features.shape[1] * features.shape[2] * features.shape[3];
        var expected = nn.functional.relu((weight.reshape(-1, 1, 1, 1) * features).sum([0L]) / n); // sum over k (a bare 0 would bind to sum(ScalarType))
        TensorAssert.Shape(raw, 4, 4, 4);
        Assert.True(raw.allclose(expected, rtol: 1e-4, atol: 1e-7), $"{raw.sum().item<float>()} vs {expected.sum().item<float>()}, max {raw.max().item<float>()} vs {expected.max().item<float>()}");
    }

    [Fact]
    public void MapHasTheInputSizeAndLiesInZeroToOne()
    {
        torch.manual_seed(7);
        using var model = Tiny();
        var map = GradCam.Compute(model, Make.Random(1, 2, 8, 8, 8), 1);
        TensorAssert.Shape(map, 8, 8, 8);
        Assert.True(map.min().item<float>() >= 0);
        float max = map.max().item<float>();
        Assert.True(max == 0 || Math.Abs(max - 1) < 1e-6);
    }

    [Fact]
    public void VolumeKeepsTheCropGeometryThroughNifti()
    {
        torch.manual_seed(8);
        using var model = Tiny();
        var geometry = new ImageGeometry(new Size3(8, 6, 4), new Vector3D(2, 2, 2), new Vector3D(10, 20, 30));
        var volume = GradCam.ComputeVolume(model, Make.Random(1, 2, 4, 6, 8), geometry, 0);
        using var directory = new TempDirectory();
        ImageFile.Write(volume, directory.File("cam.nii.gz"));
        var back = ImageFile.Read<float>(directory.File("cam.nii.gz"));
        Assert.True(back.Geometry.IsSameGrid(geometry));
        Assert.Equal(volume.Voxels, back.Voxels);
    }
}
