using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Training;

/// <summary>
/// The training loop: Adam, one validation per epoch, reduce-on-plateau and early stopping
/// (<see cref="PlateauSchedule"/>), best-validation and last checkpoints, resume from a checkpoint folder.
/// </summary>
public sealed class Trainer
{
    private readonly TrainingOptions options;

    public Trainer(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
    }

    /// <summary>Called after each epoch (for progress output).</summary>
    public Action<EpochRecord>? EpochFinished { get; init; }

    /// <summary>
    /// Trains <paramref name="model"/> on <paramref name="task"/>. With a <paramref name="checkpointDirectory"/>
    /// holding a checkpoint, training resumes after its last epoch; the folder receives the checkpoints.
    /// The model is left with the weights of the last epoch; load <see cref="Checkpoint.BestWeights"/> for the best.
    /// </summary>
    public TrainingResult Run(nn.Module<Tensor, Tensor> model, ITrainingTask task, string? checkpointDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(task);
        var device = torch.device(options.Device);
        torch.manual_seed(Determinism.EpochSeed(options.Seed, -1));
        model.to(device);
        using var optimizer = optim.Adam(model.parameters(), options.LearningRate, options.Beta1, options.Beta2, weight_decay: options.WeightDecay);
        var schedule = new PlateauSchedule(options.LearningRate, options.PlateauFactor, options.PlateauPatience, options.EarlyStoppingPatience);
        var history = new List<EpochRecord>();
        int bestEpoch = -1;
        int firstEpoch = 0;
        if (checkpointDirectory is not null && Checkpoint.TryLoad(checkpointDirectory, model, optimizer) is { } state)
        {
            schedule.Restore(state.LearningRate, state.BestScore, state.EpochsSinceImprovement, state.EpochsSinceReduction);
            history.AddRange(state.History);
            bestEpoch = state.BestEpoch;
            firstEpoch = state.CompletedEpochs;
            if (history.Count > 0 && history[^1].Decision == PlateauDecision.Stop)
            {
                return new TrainingResult(history, bestEpoch, schedule.BestScore, StoppedEarly: true);
            }
        }

        for (int epoch = firstEpoch; epoch < options.MaxEpochs; epoch++)
        {
            double learningRate = schedule.LearningRate;
            SetLearningRate(optimizer, learningRate);
            var random = Determinism.SeedEpoch(options.Seed, epoch);
            double loss = TrainEpoch(model, task, optimizer, random, device);
            model.eval();
            double score;
            using (no_grad())
            {
                score = task.Validate(model, device);
            }

            var decision = schedule.Observe(score);
            if (decision == PlateauDecision.Improved)
            {
                bestEpoch = epoch;
            }

            var record = new EpochRecord(epoch, loss, score, learningRate, decision);
            history.Add(record);
            if (checkpointDirectory is not null)
            {
                Checkpoint.Save(checkpointDirectory, model, optimizer, new Checkpoint.State(
                    epoch + 1, schedule.LearningRate, schedule.BestScore, bestEpoch,
                    schedule.EpochsSinceImprovement, schedule.EpochsSinceReduction, history), decision == PlateauDecision.Improved);
            }

            EpochFinished?.Invoke(record);
            if (decision == PlateauDecision.Stop)
            {
                return new TrainingResult(history, bestEpoch, schedule.BestScore, StoppedEarly: true);
            }
        }

        return new TrainingResult(history, bestEpoch, schedule.BestScore, StoppedEarly: false);
    }

    private double TrainEpoch(nn.Module<Tensor, Tensor> model, ITrainingTask task, optim.Optimizer optimizer, Random random, Device device)
    {
        model.train();
        double total = 0;
        for (int step = 0; step < options.StepsPerEpoch; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var loss = task.TrainingLoss(model, random, device);
            loss.backward();
            optimizer.step();
            total += loss.item<float>();
        }

        return total / options.StepsPerEpoch;
    }

    private static void SetLearningRate(optim.Optimizer optimizer, double learningRate)
    {
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = learningRate;
        }
    }
}
