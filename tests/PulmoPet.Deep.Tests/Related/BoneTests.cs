using PulmoPet.Deep.Bone;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Training;
using Xunit.Abstractions;

namespace PulmoPet.Deep.Tests.Related;

public sealed class BoneTests(ITestOutputHelper output)
{
    [Fact]
    public void MatchingCountsDetectionsDiceAndFalsePositivesByHand()
    {
        // Truth lesion 1 = {0,1,2,3}, lesion 2 = {6,7}; predicted instance 1 = {1,2,3,4} overlaps lesion 1 (Dice 2·3/(4+4) = 0.75),
        // instance 2 = {9} overlaps nothing (a false positive); lesion 2 is missed.
        byte[] truth = [1, 1, 1, 1, 0, 0, 2, 2, 0, 0];
        int[] predicted = [0, 1, 1, 1, 1, 0, 0, 0, 0, 2];
        var match = BoneLesionMatching.Match("c", truth, predicted, new Dictionary<int, bool> { [1] = true, [2] = false }, new Dictionary<int, double> { [1] = 0.9, [2] = 0.1 });
        Assert.Equal(2, match.Lesions.Count);
        Assert.True(match.Lesions[0].Detected);
        Assert.Equal(0.75, match.Lesions[0].Dice, 12);
        Assert.Equal(0.9, match.Lesions[0].LungOriginProbability);
        Assert.False(match.Lesions[1].Detected);
        Assert.Equal(1, match.FalsePositives);

        var negative = BoneLesionMatching.Match("n", new byte[4], new int[4], new Dictionary<int, bool>(), new Dictionary<int, double>());
        var falseAlarm = BoneLesionMatching.Match("f", new byte[4], [0, 3, 0, 0], new Dictionary<int, bool>(), new Dictionary<int, double>());
        var summary = BoneLesionMatching.Summarise([match, negative, falseAlarm]);
        Assert.Equal(0.5, summary.Sensitivity, 12);
        Assert.Equal(0.5, summary.Specificity, 12);
        Assert.Equal(0.75, summary.MeanDice, 12);
        Assert.Equal(2.0 / 3, summary.FalsePositivesPerCase, 12);
    }

    [Fact]
    public void ThresholdBaselineFindsALyticHoleInBone()
    {
        // A 400 HU bone slab in 0 HU soft tissue with a 40 HU lytic lesion inside it: the hole filled per axial slice
        // is exactly the lesion, and nothing exceeds the blastic threshold.
        var cases = RelatedSyntheticCases.Bone(2, 1);
        var window = BoneData.BoneWindow;
        float Hu(double hu) => window.Ct(hu);
        BoneCase item = cases[0];
        float[] image = item.Case.Image;
        for (int i = 0; i < image.Length; i++)
        {
            int y = i / 16 % 16;
            image[i] = y is >= 4 and <= 11 ? Hu(400) : Hu(0);
            if (item.Instances[i] != 0)
            {
                image[i] = Hu(40);
            }
        }

        var detection = ThresholdBoneBaseline.Detect(item, window);
        var match = BoneLesionMatching.Match(item.Case.Id, item.Instances, detection.Instances, item.LungOrigin,
            detection.Lesions.ToDictionary(l => l.Label, l => l.LungOriginProbability));
        Assert.True(match.Lesions.Single().Detected);
        Assert.Equal(1.0, match.Lesions.Single().Dice, 12);
        Assert.Equal(0, match.FalsePositives);
    }

    [Fact]
    public void TinyModelSegmentsLesionsAndSeparatesOrigins()
    {
        var cases = RelatedSyntheticCases.Bone(10, 7);
        var settings = new BoneTrainingSettings
        {
            Network = new PulmoPet.Deep.Networks.UNetOptions { InChannels = 1, Classes = 2, BaseChannels = 4, Depth = 2 },
            Segmentation = new TrainingOptions { MaxEpochs = 12, StepsPerEpoch = 8, LearningRate = 1e-2, Seed = 2 },
            Origin = new TrainingOptions { MaxEpochs = 6, StepsPerEpoch = 4, LearningRate = 1e-2, Seed = 2 },
            PatchSize = [16, 16, 16],
            CropSize = 8,
        };
        using var directory = new TempDirectory();
        var (segmentation, origin) = BoneTraining.Train(cases.Take(8).ToList(), cases.Skip(8).ToList(), settings, directory.Path,
            (phase, e) => output.WriteLine($"{phase} epoch {e.Epoch}: loss {e.TrainingLoss:F4}, score {e.ValidationScore:F4}"));
        Assert.True(segmentation.BestScore > 0.6, $"best validation Dice {segmentation.BestScore:F3} is below the floor 0.6");
        Assert.True(origin.BestScore > 0.99, $"origin balanced accuracy {origin.BestScore:F3}: lytic and blastic lesions are trivially separable");

        var detector = BoneLesionDetector.Load(directory.Path);
        var detection = detector.Detect(cases[9]);
        var match = BoneLesionMatching.Match(cases[9].Case.Id, cases[9].Instances, detection.Instances, cases[9].LungOrigin,
            detection.Lesions.ToDictionary(l => l.Label, l => l.LungOriginProbability));
        Assert.True(match.Lesions.Single().Detected);
    }
}
