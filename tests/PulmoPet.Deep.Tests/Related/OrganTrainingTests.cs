using PulmoPet.Deep.Organs;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;
using Xunit.Abstractions;

namespace PulmoPet.Deep.Tests.Related;

public sealed class OrganTrainingTests(ITestOutputHelper output)
{
    [Fact]
    public void TinyNetworkLearnsTwoOrgansFromPetAlone()
    {
        var cases = RelatedSyntheticCases.Organs(10, 31);
        var settings = new OrganTrainingSettings
        {
            ClassNames = ["background", "bright", "dim"],
            BaseChannels = 4,
            Depth = 2,
            Training = new TrainingOptions { MaxEpochs = 6, StepsPerEpoch = 8, LearningRate = 1e-2, Seed = 4 },
            PatchSize = [16, 16, 16],
            ForegroundProbability = 0.5,
        };
        using var directory = new TempDirectory();
        var result = OrganTraining.Train(cases.Take(8).ToList(), cases.Skip(8).ToList(), settings, directory.Path,
            e => output.WriteLine($"epoch {e.Epoch}: loss {e.TrainingLoss:F4}, Dice {e.ValidationScore:F4}"));
        Assert.True(result.BestScore > 0.7, $"best validation Dice {result.BestScore:F3} is below the floor 0.7");
        Assert.Equal(OrganTraining.TaskName, OrganSegmenter.Load(directory.Path).Manifest.Task);
    }

    [Fact]
    public void PerOrganDiceMatchesHandCounts()
    {
        // Label 1: truth {0,1,2}, predicted {0,1,3} → 2·2/(3+3) = 2/3. Label 2: truth {3,4}, predicted {2,4,5} → 2·1/(2+3) = 0.4.
        // Label 3 is absent from the truth → NaN even though predicted nowhere.
        byte[] truth = [1, 1, 1, 2, 2, 0];
        byte[] predicted = [1, 1, 2, 1, 2, 2];
        double[] dice = OrganDice.PerOrgan(predicted, truth, 4);
        Assert.Equal(2.0 / 3, dice[1], 12);
        Assert.Equal(0.4, dice[2], 12);
        Assert.True(double.IsNaN(dice[3]));
        var (perOrgan, mean) = OrganDice.Summarise([dice, [double.NaN, 1.0, double.NaN, 0.5]], 4);
        Assert.Equal((2.0 / 3 + 1) / 2, perOrgan[1], 12);
        Assert.Equal(0.4, perOrgan[2], 12);
        Assert.Equal(0.5, perOrgan[3], 12);
        Assert.Equal(((2.0 / 3 + 1) / 2 + 0.4 + 0.5) / 3, mean, 12);
    }

    [Fact]
    public void AnAtlasOfOneCaseReproducesThatCase()
    {
        // Boxes of at most 40 voxels per axis map voxels to distinct atlas cells, so the atlas returns its only case.
        var grid = new ImageGeometry(new Size3(12, 10, 8), new Vector3D(4, 4, 4), Vector3D.Zero);
        var pet = new Volume<float>(grid);
        var organs = new Volume<byte>(grid);
        var random = new Random(2);
        for (int z = 1; z < 7; z++)
        {
            for (int y = 1; y < 9; y++)
            {
                for (int x = 2; x < 11; x++)
                {
                    pet[x, y, z] = 1f;
                    organs[x, y, z] = (byte)(1 + random.Next(3));
                }
            }
        }

        var atlas = OrganAtlas.Build([(pet, organs)], 4);
        Assert.Equal(organs.Voxels, atlas.Segment(pet).Voxels);
    }
}
