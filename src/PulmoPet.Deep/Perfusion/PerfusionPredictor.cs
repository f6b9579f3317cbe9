using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Perfusion;

/// <summary>Applies a CT-to-perfusion model: sliding-window inference over the lung crop, relative perfusion on the perfusion grid.</summary>
public sealed class PerfusionPredictor
{
    private readonly nn.Module<Tensor, Tensor> model;
    private readonly Device device;

    public PerfusionPredictor(ModelManifest manifest, nn.Module<Tensor, Tensor> model, Device? device = null)
    {
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.device = device ?? CPU;
        if (manifest.Task != PerfusionTraining.TaskName)
        {
            throw new InvalidInputException($"The model is a '{manifest.Task}' model, not a '{PerfusionTraining.TaskName}' model.");
        }
    }

    public ModelManifest Manifest { get; }

    /// <summary>The network, in evaluation mode.</summary>
    public nn.Module<Tensor, Tensor> Model => model;

    public Device Device => device;

    public static PerfusionPredictor Load(string directory, Device? device = null)
    {
        var (manifest, model) = ModelDirectory.Load(directory, device);
        return new PerfusionPredictor(manifest, model, device);
    }

    /// <summary>Relative perfusion on <paramref name="grid"/> (default: the CT resampled to the model's spacing); 0 outside the lungs' crop.</summary>
    public (Volume<float> Perfusion, PerfusionCase Case) Predict(Volume ct, Volume<byte> lungs, ImageGeometry? grid = null)
    {
        ArgumentNullException.ThrowIfNull(ct);
        grid ??= ct.Geometry.Resampled(new Vector3D(Manifest.SpacingMm[0], Manifest.SpacingMm[1], Manifest.SpacingMm[2]));
        PerfusionCase item = PerfusionData.Build("input", ct, lungs, Manifest.Normalization, grid: grid);
        float[] crop = PredictCrop(model, item.Case, Manifest.PatchSize.ToArray(), device);
        return (PerfusionData.Uncrop(crop, item.Grid, item.Crop), item);
    }

    /// <summary>Relative perfusion over a case's crop (D·H·W values).</summary>
    public static float[] PredictCrop(nn.Module<Tensor, Tensor> model, SegmentationCase item, long[] patchSize, Device device)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var scope = NewDisposeScope();
        var inferer = new SlidingWindowInferer(patchSize);
        var image = tensor(PerfusionData.CtChannel(item)).reshape(1, item.Depth, item.Height, item.Width).to(device);
        var probability = inferer.Predict(model, image)[1].cpu().contiguous();
        float[] values = probability.data<float>().ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(values[i] * PerfusionData.TargetScale);
        }

        return values;
    }
}
