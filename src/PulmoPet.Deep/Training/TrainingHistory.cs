namespace PulmoPet.Deep.Training;

/// <summary>One epoch of training: mean training loss, validation score, learning rate used, decision taken.</summary>
public sealed record EpochRecord(int Epoch, double TrainingLoss, double ValidationScore, double LearningRate, PlateauDecision Decision);

/// <summary>The outcome of <see cref="Trainer.Run"/>.</summary>
public sealed record TrainingResult(IReadOnlyList<EpochRecord> Epochs, int BestEpoch, double BestScore, bool StoppedEarly);
