using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Inference;

/// <summary>
/// A model directory: <c>model.json</c> (<see cref="ModelManifest"/>) and <c>weights.dat</c> (TorchSharp
/// state dict). Saving writes temporary files and renames them.
/// </summary>
public static class ModelDirectory
{
    public const string ManifestFile = "model.json";
    public const string WeightsFile = "weights.dat";

    public static void Save(string directory, ModelManifest manifest, nn.Module model)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(directory);
        var weights = Path.Combine(directory, WeightsFile);
        model.save(weights + ".tmp");
        File.Move(weights + ".tmp", weights, overwrite: true);
        var manifestPath = Path.Combine(directory, ManifestFile);
        File.WriteAllText(manifestPath + ".tmp", manifest.ToJson());
        File.Move(manifestPath + ".tmp", manifestPath, overwrite: true);
    }

    public static ModelManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ManifestFile);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{directory} is not a model directory: it has no {ManifestFile}.");
        }

        try
        {
            var manifest = ModelManifest.FromJson(File.ReadAllText(path));
            if (manifest.Format != ModelManifest.CurrentFormat)
            {
                throw new InvalidInputException($"{path} has format '{manifest.Format}'; this version reads '{ModelManifest.CurrentFormat}'.");
            }

            return manifest;
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidInputException($"{path} is not a valid model manifest: {e.Message}");
        }
    }

    /// <summary>Rebuilds the network the manifest describes and loads its weights, in evaluation mode.</summary>
    public static (ModelManifest Manifest, nn.Module<Tensor, Tensor> Model) Load(string directory, Device? device = null)
    {
        var manifest = ReadManifest(directory);
        nn.Module<Tensor, Tensor> model = manifest.Architecture switch
        {
            "unet" when manifest.UNet is not null => new UNet(manifest.UNet),
            "residual-classifier" when manifest.Classifier is not null => new ResidualClassifier(manifest.Classifier),
            _ => throw new InvalidInputException($"The model in {directory} has an unknown architecture '{manifest.Architecture}' or lacks its options."),
        };
        var weights = Path.Combine(directory, WeightsFile);
        if (!File.Exists(weights))
        {
            throw new InvalidInputException($"The model directory {directory} has no {WeightsFile}.");
        }

        model.load(weights);
        model.eval();
        if (device is not null)
        {
            model.to(device);
        }

        return (manifest, model);
    }
}
