using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;

namespace PulmoPet.Deep.Tests.Training;

public sealed class ClassifierTrainingTests
{
    /// <summary>16³ crops whose PET channel holds a sphere of radius 2 (class 0) or 5 (class 1) in noise.</summary>
    internal static List<LesionCrop> SphereCrops(int count, int seed)
    {
        const int size = 16;
        var random = new Random(seed);
        var crops = new List<LesionCrop>();
        var geometry = new ImageGeometry(new Size3(size, size, size), new Vector3D(4, 4, 4), new Vector3D(0, 0, 0));
        for (int n = 0; n < count; n++)
        {
            int label = n % 2;
            double radius = label == 0 ? 2 : 5;
            var image = new float[2 * size * size * size];
            for (int i = 0; i < size * size * size; i++)
            {
                int x = i % size, y = i / size % size, z = i / (size * size);
                double d2 = (x - 7.5) * (x - 7.5) + (y - 7.5) * (y - 7.5) + (z - 7.5) * (z - 7.5);
                image[i] = (float)(0.2 * (random.NextDouble() - 0.5));
                image[size * size * size + i] = (d2 <= radius * radius ? 1f : 0f) + (float)(0.2 * (random.NextDouble() - 0.5));
            }

            crops.Add(new LesionCrop($"c{n}", 1, label, size, image, geometry));
        }

        return crops;
    }

    [Fact]
    public void TinyClassifierLearnsSphereSize()
    {
        using var directory = new TempDirectory();
        var settings = new ClassifierTrainingSettings
        {
            Network = new ClassifierOptions { BaseChannels = 4, Stages = 2, Dropout = 0 },
            ClassNames = ["small", "large"],
            BatchSize = 8,
            Training = new TrainingOptions { MaxEpochs = 5, StepsPerEpoch = 6, LearningRate = 1e-2, Seed = 2 },
        };
        var result = LesionClassifierTraining.Run(SphereCrops(24, 1), SphereCrops(8, 2), settings, directory.Path);
        Assert.True(result.Epochs[^1].TrainingLoss < result.Epochs[0].TrainingLoss, "the training loss did not fall");
        Assert.True(result.BestScore >= 0.9, $"balanced accuracy {result.BestScore:F2} is below the floor 0.9");

        var manifest = ModelDirectory.ReadManifest(directory.Path);
        Assert.Equal("residual-classifier", manifest.Architecture);
        Assert.Equal(["small", "large"], manifest.Classes);
        Assert.Equal(new long[] { 16, 16, 16 }, manifest.PatchSize);
    }
}
