using PulmoPet.Imaging;
using PulmoPet.Pet.Evaluation;

namespace PulmoPet.Pet.Tests.Evaluation;

/// <summary>Matching, Dice and autoPET volumes on label maps whose overlaps are counted by hand.</summary>
public sealed class SegmentationEvaluatorTests
{
    private static readonly ImageGeometry Grid = new(new Size3(20, 10, 10), new Vector3D(2, 2, 2), Vector3D.Zero);

    private static Volume<byte> Boxes(params (byte Label, int X0, int X1)[] boxes)
    {
        // Each box spans y 2..5 and z 2..5 (16 voxels per x column) and x X0..X1 inclusive.
        var v = new Volume<byte>(Grid);
        foreach (var (label, x0, x1) in boxes)
        {
            for (int z = 2; z <= 5; z++)
            {
                for (int y = 2; y <= 5; y++)
                {
                    for (int x = x0; x <= x1; x++)
                    {
                        v[x, y, z] = label;
                    }
                }
            }
        }

        return v;
    }

    [Fact]
    public void CountsMatchesFalsePositivesAndFalseNegatives()
    {
        // Truth: lesion 1 at x 0..3 (64 voxels), lesion 2 at x 10..11 (32 voxels).
        // Prediction: lesion 5 at x 1..4 (64 voxels, 48 shared with truth 1), lesion 6 at x 16..17 (a false positive).
        var truth = Boxes((1, 0, 3), (2, 10, 11));
        var predicted = Boxes((5, 1, 4), (6, 16, 17));

        var result = SegmentationEvaluator.Evaluate("case", predicted, truth);

        var hit = result.Lesions.Single(l => l.TruthId == 1);
        Assert.Equal(5, hit.PredictedId);
        Assert.Equal(2.0 * 48 / (64 + 64), hit.Dice, 12);
        double voxelMl = 8 / 1000.0;
        Assert.Equal(0.0, hit.VolumeErrorMl, 12);
        Assert.Equal(64 * voxelMl, hit.TruthVolumeMl, 12);
        Assert.Equal(Math.Cbrt(6 * 64 * 8 / Math.PI), hit.TruthEquivalentDiameterMm, 9);
        Assert.False(result.Lesions.Single(l => l.TruthId == 2).IsDetected);
        Assert.True(result.Lesions.Single(l => l.PredictedId == 6).IsFalsePositive);
        Assert.Equal(0.5, result.DetectionRate);
        Assert.Equal(1, result.FalsePositiveCount);
        // Global Dice: 2 × 48 / (96 truth + 96 predicted voxels).
        Assert.Equal(2.0 * 48 / 192, result.GlobalDice, 12);
        // autoPET: the predicted component at x 16..17 touches no truth voxel (32 voxels); truth lesion 2 (32 voxels) touches no prediction.
        Assert.Equal(32 * voxelMl, result.FalsePositiveVolumeMl, 12);
        Assert.Equal(32 * voxelMl, result.FalseNegativeVolumeMl, 12);
    }

    [Fact]
    public void AnOverlapBelowTheMinimumDiceIsNoDetection()
    {
        // Truth x 0..9 (160 voxels); prediction x 9..9 (16 voxels, all shared): Dice 32/176 = 0.18.
        var truth = Boxes((1, 0, 9));
        var predicted = Boxes((1, 9, 9));
        Assert.True(SegmentationEvaluator.Evaluate("c", predicted, truth).Lesions[0].IsDetected);
        Assert.False(SegmentationEvaluator.Evaluate("c", predicted, truth, minimumMatchDice: 0.2).Lesions[0].IsDetected);
    }

    [Fact]
    public void APredictionOnACoarserGridIsBroughtToTheTruthGrid()
    {
        var truth = Boxes((1, 0, 3));
        var coarse = new ImageGeometry(new Size3(10, 5, 5), new Vector3D(4, 4, 4), new Vector3D(1, 1, 1));
        var predicted = new Volume<byte>(coarse);
        for (int z = 1; z <= 2; z++)
        {
            for (int y = 1; y <= 2; y++)
            {
                for (int x = 0; x <= 1; x++)
                {
                    predicted[x, y, z] = 1; // covers fine x 0..3, y 2..5, z 2..5 exactly
                }
            }
        }

        var result = SegmentationEvaluator.Evaluate("c", predicted, truth);
        Assert.Equal(1.0, result.GlobalDice, 12);
    }

    [Fact]
    public void EmptyTruthAndPredictionAgreePerfectly()
    {
        var empty = new Volume<byte>(Grid);
        var result = SegmentationEvaluator.Evaluate("c", empty, empty);
        Assert.Equal(1.0, result.GlobalDice);
        Assert.Empty(result.Lesions);
        Assert.True(double.IsNaN(result.DetectionRate));
    }
}
