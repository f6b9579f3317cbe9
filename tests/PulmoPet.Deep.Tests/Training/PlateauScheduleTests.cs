using PulmoPet.Deep.Training;

namespace PulmoPet.Deep.Tests.Training;

public sealed class PlateauScheduleTests
{
    [Fact]
    public void LearningRateFallsByFactorAfterTenFlatEpochsAndTrainingStopsAfterThirty()
    {
        var schedule = new PlateauSchedule(1e-4);
        Assert.Equal(PlateauDecision.Improved, schedule.Observe(0.5));
        var decisions = Enumerable.Range(0, 30).Select(_ => schedule.Observe(0.4)).ToList();
        // Flat epochs 10 and 20 reduce (1e-4 → 2e-5 → 4e-6); epoch 30 stops.
        Assert.Equal(PlateauDecision.LearningRateReduced, decisions[9]);
        Assert.Equal(PlateauDecision.LearningRateReduced, decisions[19]);
        Assert.Equal(PlateauDecision.Stop, decisions[29]);
        Assert.Equal(28, decisions.Count(d => d == PlateauDecision.NoImprovement) + 1);
        Assert.Equal(1e-4 * 0.2 * 0.2, schedule.LearningRate, 12);
    }

    [Fact]
    public void ImprovementResetsBothCounters()
    {
        var schedule = new PlateauSchedule(1.0, reducePatience: 3, stopPatience: 5);
        schedule.Observe(1);
        schedule.Observe(0);
        schedule.Observe(0);
        Assert.Equal(PlateauDecision.Improved, schedule.Observe(2));
        Assert.Equal(0, schedule.EpochsSinceImprovement);
        Assert.Equal(PlateauDecision.NoImprovement, schedule.Observe(1));
        Assert.Equal(PlateauDecision.NoImprovement, schedule.Observe(1));
        Assert.Equal(PlateauDecision.LearningRateReduced, schedule.Observe(1));
        Assert.Equal(0.2, schedule.LearningRate, 12);
    }
}
