using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using TorchSharp;

namespace PulmoPet.Deep.Tests.Inference;

public sealed class LesionClassifierTests
{
    private static (Volume<float> Pet, Volume<short> Ct, Volume<byte> Lesions) Volumes()
    {
        // PET 4 mm, CT 2 mm over the same 80 × 80 × 80 mm box; lesion 1 is a 2×2×2 CT-voxel block whose
        // centroid is the CT index (10.5, 20.5, 30.5) = world (21, 41, 61) mm = PET index (5.25, 10.25, 15.25).
        var pet = new Volume<float>(new ImageGeometry(new Size3(20, 20, 20), new Vector3D(4, 4, 4), new Vector3D(1, 1, 1)));
        var ct = new Volume<short>(new ImageGeometry(new Size3(40, 40, 40), new Vector3D(2, 2, 2), new Vector3D(0, 0, 0)));
        var lesions = new Volume<byte>(ct.Geometry);
        for (int z = 30; z <= 31; z++)
        {
            for (int y = 20; y <= 21; y++)
            {
                for (int x = 10; x <= 11; x++)
                {
                    lesions[x, y, z] = 1;
                }
            }
        }

        lesions[35, 35, 35] = 2;
        pet[5, 10, 15] = 10f;
        return (pet, ct, lesions);
    }

    [Fact]
    public void CropsAreCentredOnLesionCentroids()
    {
        var (pet, ct, lesions) = Volumes();
        var crops = LesionCropExtractor.Extract("x", pet, ct, lesions, PetCtNormalization.Default, size: 8);
        Assert.Equal([1, 2], crops.Select(c => c.LesionId));
        var first = crops[0];
        // Centre index round(5.25, 10.25, 15.25) = (5, 10, 15); start = centre − 4.
        Assert.Equal(pet.Geometry.IndexToWorld(1, 6, 11), first.Geometry.Origin);
        Assert.Equal(2f, first.Image[8 * 8 * 8 + (4 * 8 + 4) * 8 + 4], 6); // SUV 10 / 5 at the crop centre
    }

    [Fact]
    public void ClassifyGivesAProbabilityPerClassAndGradCamLiesOnTheCrop()
    {
        using var directory = new TempDirectory();
        torch.manual_seed(3);
        var options = new ClassifierOptions { BaseChannels = 2, Stages = 2, Classes = 4 };
        using (var model = new ResidualClassifier(options))
        {
            ModelDirectory.Save(directory.Path, ModelDirectoryTests.Manifest(ModelDirectoryTests.Tiny) with
            {
                Task = "lesion-classification", Architecture = "residual-classifier", UNet = null, Classifier = options,
                Classes = ["lymphoma", "lung_cancer", "benign", "metastasis"], PatchSize = [8, 8, 8],
            }, model);
        }

        var classifier = LesionClassifier.Load(directory.Path);
        var (pet, ct, lesions) = Volumes();
        var predictions = classifier.Classify(pet, ct, lesions);
        Assert.Equal(2, predictions.Count);
        Assert.All(predictions, p => Assert.Equal(1.0, p.Probabilities.Sum(), 5));
        var crop = classifier.Crops(pet, ct, lesions)[0];
        var cam = classifier.GradCamOf(crop);
        Assert.True(cam.Geometry.IsSameGrid(crop.Geometry));
        Assert.All(cam.Voxels, v => Assert.InRange(v, 0f, 1f));
    }
}
