using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using TorchSharp;

namespace PulmoPet.Deep.Tests.Inference;

public sealed class LesionSegmenterTests
{
    private static (Volume<float> Pet, Volume<short> Ct) PetCt(double petSpacing)
    {
        var origin = new Vector3D(-40, -30, -20);
        var pet = new Volume<float>(new ImageGeometry(new Size3(20, 15, 10), new Vector3D(petSpacing, petSpacing, petSpacing), origin));
        var ct = new Volume<short>(new ImageGeometry(new Size3(40, 30, 20), new Vector3D(2, 2, 2), origin));
        var random = new Random(3);
        for (int i = 0; i < pet.Voxels.Length; i++)
        {
            pet.Voxels[i] = (float)(random.NextDouble() * 8);
        }

        for (int i = 0; i < ct.Voxels.Length; i++)
        {
            ct.Voxels[i] = (short)random.Next(-1000, 300);
        }

        return (pet, ct);
    }

    [Theory]
    [InlineData(4.0)] // the model's spacing
    [InlineData(3.0)] // resampled to 4 mm and back
    public void LabelMapLiesOnThePetGridAndSurvivesNifti(double petSpacing)
    {
        torch.manual_seed(1);
        using var model = new UNet(ModelDirectoryTests.Tiny);
        var segmenter = new LesionSegmenter(ModelDirectoryTests.Manifest(ModelDirectoryTests.Tiny), model);
        var (pet, ct) = PetCt(petSpacing);
        var labels = segmenter.Segment(pet, ct);
        Assert.True(labels.Geometry.IsSameGrid(pet.Geometry));
        Assert.All(labels.Voxels, v => Assert.True(v <= 1));

        using var directory = new TempDirectory();
        ImageFile.Write(labels, directory.File("labels.nii.gz"));
        var back = ImageFile.Read<byte>(directory.File("labels.nii.gz"));
        Assert.True(back.Geometry.IsSameGrid(pet.Geometry));
        Assert.Equal(labels.Voxels, back.Voxels);
    }
}
