using PulmoPet.Deep.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests.Losses;

public sealed class DiceCrossEntropyLossTests
{
    [Fact]
    public void UniformLogitsGiveLogTwoPlusOneMinusSoftDice()
    {
        // Two classes, zero logits → p = 1/2 everywhere, so CE = ln 2. Half of N = 64 voxels are class 1:
        // Σ p·t = N/4, Σ p = N/2, Σ t = N/2 → D₁ = (2·16 + s) / (64 + s), loss = ln 2 + 1 − D₁.
        var logits = zeros(new long[] { 1, 2, 4, 4, 4 });
        var target = cat([zeros(new long[] { 1, 2, 4, 4 }, ScalarType.Int64), ones(new long[] { 1, 2, 4, 4 }, ScalarType.Int64)], 1);
        double s = DiceCrossEntropyLoss.DefaultSmooth;
        double expected = Math.Log(2) + 1 - (32 + s) / (64 + s);
        double actual = new DiceCrossEntropyLoss().Compute(logits, target).item<float>();
        Assert.Equal(expected, actual, 5);
    }

    [Fact]
    public void BackgroundCountsWhenIncluded()
    {
        // Same set-up; background Dice is also (32 + s)/(64 + s), so the mean Dice does not change.
        var logits = zeros(new long[] { 1, 2, 4, 4, 4 });
        var target = cat([zeros(new long[] { 1, 2, 4, 4 }, ScalarType.Int64), ones(new long[] { 1, 2, 4, 4 }, ScalarType.Int64)], 1);
        double s = DiceCrossEntropyLoss.DefaultSmooth;
        double actual = new DiceCrossEntropyLoss { IncludeBackground = true }.Compute(logits, target).item<float>();
        Assert.Equal(Math.Log(2) + 1 - (32 + s) / (64 + s), actual, 5);
    }

    [Fact]
    public void ConfidentCorrectPredictionHasNearZeroLoss()
    {
        // Logits ±20 on the right class: CE = ln(1 + e^−40) ≈ 4e−18 and Dice → 1.
        var target = (rand(new long[] { 2, 8, 8 }) > 0.5).to_type(ScalarType.Int64);
        var oneHot = DiceCrossEntropyLoss.OneHot(target, 2, ScalarType.Float32);
        var logits = (oneHot * 2 - 1) * 20;
        Assert.True(new DiceCrossEntropyLoss().Compute(logits, target).item<float>() < 1e-5);
    }

    [Fact]
    public void DeepSupervisionWeightsHalveAndSumToOne()
    {
        // 1, 1/2, 1/4 divided by 7/4.
        Assert.Equal(new[] { 4 / 7.0, 2 / 7.0, 1 / 7.0 }, DeepSupervisionLoss.Weights(3), new DoubleTolerance(1e-12));
    }

    [Fact]
    public void DeepSupervisionOfEqualLevelsEqualsTheSingleLoss()
    {
        // Uniform logits at every level and a constant target: each level's loss is the same, weights sum to 1.
        var target = ones(new long[] { 1, 8, 8, 8 }, ScalarType.Int64);
        var outputs = new[] { zeros(new long[] { 1, 2, 8, 8, 8 }), zeros(new long[] { 1, 2, 4, 4, 4 }), zeros(new long[] { 1, 2, 2, 2, 2 }) };
        var single = new DiceCrossEntropyLoss { DiceWeight = 0 }.Compute(outputs[0], target).item<float>();
        var combined = new DeepSupervisionLoss(new DiceCrossEntropyLoss { DiceWeight = 0 }).Compute(outputs, target).item<float>();
        Assert.Equal(Math.Log(2), single, 5);
        Assert.Equal(single, combined, 5);
    }

    private sealed class DoubleTolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
