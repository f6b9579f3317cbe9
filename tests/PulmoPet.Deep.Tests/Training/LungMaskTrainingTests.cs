using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Metrics;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;
using Xunit.Abstractions;

namespace PulmoPet.Deep.Tests.Training;

public sealed class LungMaskTrainingTests(ITestOutputHelper output)
{
    /// <summary>A CT of air-filled discs (−800 HU, right lung at low x = patient right in LPS) in soft tissue (40 HU) with noise.</summary>
    private static (Volume<short> Ct, Volume<byte> Lungs) TwoDiscs(int seed)
    {
        var random = new Random(seed);
        var geometry = new ImageGeometry(new Size3(48, 32, 6), new Vector3D(2, 2, 2), new Vector3D(0, 0, 0));
        var ct = new Volume<short>(geometry);
        var lungs = new Volume<byte>(geometry);
        double r = 6 + random.NextDouble() * 3;
        for (int z = 0; z < 6; z++)
        {
            for (int y = 0; y < 32; y++)
            {
                for (int x = 0; x < 48; x++)
                {
                    byte label = (x - 14) * (x - 14) + (y - 16) * (y - 16) <= r * r ? (byte)1
                        : (x - 34) * (x - 34) + (y - 16) * (y - 16) <= r * r ? (byte)2 : (byte)0;
                    lungs[x, y, z] = label;
                    ct[x, y, z] = (short)((label == 0 ? 40 : -800) + random.Next(-60, 60));
                }
            }
        }

        return (ct, lungs);
    }

    [Fact]
    public void TinyLungUNetSeparatesRightAndLeftLung()
    {
        var norm = PetCtNormalization.Default;
        var cases = Enumerable.Range(0, 4).Select(i =>
        {
            var (ct, lungs) = TwoDiscs(i);
            return SliceCase.FromVolumes($"d{i}", ct, lungs, norm);
        }).ToList();
        var settings = new LungMaskTrainingSettings
        {
            Network = UNetOptions.LungMask2d with { BaseChannels = 4, Depth = 3, Residual = true },
            CropSize = 48,
            BatchSize = 4,
            Training = new TrainingOptions { MaxEpochs = 6, StepsPerEpoch = 8, LearningRate = 1e-2, Seed = 1 },
        };
        using var directory = new TempDirectory();
        var result = LungMaskTraining.Run(cases.Take(3).ToList(), cases.Skip(3).ToList(), settings, directory.Path,
            e => output.WriteLine($"epoch {e.Epoch}: loss {e.TrainingLoss:F4}, Dice {e.ValidationScore:F4}"));
        Assert.True(result.Epochs[^1].TrainingLoss < result.Epochs[0].TrainingLoss, "the training loss did not fall");
        Assert.True(result.BestScore > 0.8, $"mean lung Dice {result.BestScore:F3} is below the floor 0.8");

        var (testCt, testLungs) = TwoDiscs(9);
        var mask = LungMasker.Load(directory.Path).Segment(testCt);
        Assert.True(mask.Geometry.IsSameGrid(testCt.Geometry));
        double heldOut = (DiceScore.Of(mask.Voxels, testLungs.Voxels, 1) + DiceScore.Of(mask.Voxels, testLungs.Voxels, 2)) / 2;
        Assert.True(heldOut > 0.7, $"held-out mean lung Dice {heldOut:F3} is below the floor 0.7");
    }
}
