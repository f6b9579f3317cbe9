namespace PulmoPet.Deep.Training;

/// <summary>
/// Optimisation settings. Defaults follow the study protocol: Adam, learning rate 1e-4, betas (0.9, 0.999),
/// learning rate × 0.2 after 10 epochs without validation improvement, early stop after 30.
/// </summary>
public sealed record TrainingOptions
{
    public int MaxEpochs { get; init; } = 200;

    public int StepsPerEpoch { get; init; } = 50;

    public double LearningRate { get; init; } = 1e-4;

    public double Beta1 { get; init; } = 0.9;

    public double Beta2 { get; init; } = 0.999;

    public double WeightDecay { get; init; }

    public double PlateauFactor { get; init; } = PlateauSchedule.DefaultFactor;

    public int PlateauPatience { get; init; } = PlateauSchedule.DefaultReducePatience;

    public int EarlyStoppingPatience { get; init; } = PlateauSchedule.DefaultStopPatience;

    /// <summary>Seeds TorchSharp and the samplers; epoch e uses seed (Seed, e) so a resumed run repeats an uninterrupted one.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>"cpu" or "cuda" (the CUDA build of TorchSharp is needed for the latter).</summary>
    public string Device { get; init; } = "cpu";

    public void Validate()
    {
        if (MaxEpochs < 1 || StepsPerEpoch < 1 || !(LearningRate > 0) || Beta1 is < 0 or >= 1 || Beta2 is < 0 or >= 1)
        {
            throw new ArgumentException("Training needs at least one epoch and step, a positive learning rate and betas in [0, 1).");
        }
    }
}
