using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Training;

/// <summary>What a <see cref="Trainer"/> needs to know about one kind of training (segmentation, classification).</summary>
public interface ITrainingTask
{
    /// <summary>The loss of one training batch drawn with <paramref name="random"/>; the model is in training mode.</summary>
    Tensor TrainingLoss(nn.Module<Tensor, Tensor> model, Random random, Device device);

    /// <summary>A validation score where higher is better (e.g. mean Dice, accuracy); the model is in evaluation mode, no gradients.</summary>
    double Validate(nn.Module<Tensor, Tensor> model, Device device);
}
