using PulmoPet.Deep.Data;
using PulmoPet.Deep.Explain;
using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Inference;

/// <summary>The class probabilities of one lesion, in the manifest's class order.</summary>
public sealed record LesionPrediction(int LesionId, IReadOnlyList<double> Probabilities, int PredictedClass);

/// <summary>
/// Applies a lesion-classification model directory: crops each lesion of an instance label map
/// (<see cref="LesionCropExtractor"/>) and returns softmax probabilities, or a Grad-CAM map on the crop.
/// </summary>
public sealed class LesionClassifier
{
    private readonly ResidualClassifier model;
    private readonly Device device;

    public LesionClassifier(ModelManifest manifest, ResidualClassifier model, Device? device = null)
    {
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.device = device ?? CPU;
        Input = manifest.Channels.Count == 2 ? ClassifierInput.Fused : manifest.Channels[0] == "ct" ? ClassifierInput.Ct : ClassifierInput.Pet;
    }

    public ModelManifest Manifest { get; }

    public ClassifierInput Input { get; }

    public static LesionClassifier Load(string directory, Device? device = null)
    {
        var (manifest, model) = ModelDirectory.Load(directory, device);
        return model is ResidualClassifier classifier
            ? new LesionClassifier(manifest, classifier, device)
            : throw new InvalidInputException($"The model in {directory} is a {manifest.Task} model, not a lesion classifier.");
    }

    public IReadOnlyList<LesionCrop> Crops(Volume<float> pet, Volume ct, Volume<byte> lesions) =>
        LesionCropExtractor.Extract("input", pet, ct, lesions, Manifest.Normalization, size: (int)Manifest.PatchSize[0]);

    public IReadOnlyList<LesionPrediction> Classify(Volume<float> pet, Volume ct, Volume<byte> lesions)
    {
        var predictions = new List<LesionPrediction>();
        model.eval();
        foreach (var crop in Crops(pet, ct, lesions))
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var probabilities = nn.functional.softmax(model.forward(Tensor(crop)), 1)[0].cpu().data<float>().Select(p => (double)p).ToArray();
            predictions.Add(new LesionPrediction(crop.LesionId, probabilities, Array.IndexOf(probabilities, probabilities.Max())));
        }

        return predictions;
    }

    /// <summary>Grad-CAM of <paramref name="classIndex"/> (default: the predicted class) for one lesion, on its crop's grid.</summary>
    public Volume<float> GradCamOf(LesionCrop crop, int? classIndex = null)
    {
        using var scope = NewDisposeScope();
        var input = Tensor(crop);
        int target = classIndex ?? (int)model.forward(input).argmax(1).item<long>();
        return GradCam.ComputeVolume(model, input, crop.Geometry, target);
    }

    private Tensor Tensor(LesionCrop crop)
    {
        int channels = Input == ClassifierInput.Fused ? 2 : 1;
        return tensor(LesionCropExtractor.Channels(crop, Input)).reshape(1, channels, crop.Size, crop.Size, crop.Size).to(device);
    }
}
