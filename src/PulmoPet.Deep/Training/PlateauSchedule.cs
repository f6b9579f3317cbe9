namespace PulmoPet.Deep.Training;

/// <summary>What <see cref="PlateauSchedule.Observe"/> decided after one validation.</summary>
public enum PlateauDecision
{
    Improved,
    NoImprovement,
    LearningRateReduced,
    Stop,
}

/// <summary>
/// Reduce-on-plateau and early stopping on a validation score where higher is better (e.g. Dice):
/// the learning rate is multiplied by <see cref="Factor"/> after <see cref="ReducePatience"/> epochs
/// without a new best, and training stops after <see cref="StopPatience"/> such epochs.
/// </summary>
public sealed class PlateauSchedule
{
    public const double DefaultFactor = 0.2;
    public const int DefaultReducePatience = 10;
    public const int DefaultStopPatience = 30;

    public PlateauSchedule(double learningRate, double factor = DefaultFactor, int reducePatience = DefaultReducePatience, int stopPatience = DefaultStopPatience)
    {
        if (!(learningRate > 0) || !(factor is > 0 and < 1) || reducePatience < 1 || stopPatience < 1)
        {
            throw new ArgumentException("The plateau schedule needs a positive learning rate, a factor in (0, 1) and positive patiences.");
        }

        LearningRate = learningRate;
        Factor = factor;
        ReducePatience = reducePatience;
        StopPatience = stopPatience;
    }

    public double Factor { get; }

    public int ReducePatience { get; }

    public int StopPatience { get; }

    public double LearningRate { get; private set; }

    public double BestScore { get; private set; } = double.NegativeInfinity;

    /// <summary>Epochs since the best score (what early stopping counts).</summary>
    public int EpochsSinceImprovement { get; private set; }

    /// <summary>Epochs since the best score or the last reduction (what the reduction counts).</summary>
    public int EpochsSinceReduction { get; private set; }

    public PlateauDecision Observe(double score)
    {
        if (score > BestScore)
        {
            BestScore = score;
            EpochsSinceImprovement = 0;
            EpochsSinceReduction = 0;
            return PlateauDecision.Improved;
        }

        EpochsSinceImprovement++;
        EpochsSinceReduction++;
        if (EpochsSinceImprovement >= StopPatience)
        {
            return PlateauDecision.Stop;
        }

        if (EpochsSinceReduction >= ReducePatience)
        {
            LearningRate *= Factor;
            EpochsSinceReduction = 0;
            return PlateauDecision.LearningRateReduced;
        }

        return PlateauDecision.NoImprovement;
    }

    /// <summary>Restores the state saved in a checkpoint.</summary>
    public void Restore(double learningRate, double bestScore, int sinceImprovement, int sinceReduction)
    {
        LearningRate = learningRate;
        BestScore = bestScore;
        EpochsSinceImprovement = sinceImprovement;
        EpochsSinceReduction = sinceReduction;
    }
}
