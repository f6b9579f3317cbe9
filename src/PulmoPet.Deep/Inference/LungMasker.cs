using PulmoPet.Deep.Data;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Inference;

/// <summary>
/// Applies a lung-mask model directory slice by slice to a CT (HU): label map on the CT's grid with
/// 0 background, 1 right lung, 2 left lung. The CT should have the manifest's in-plane spacing.
/// </summary>
public sealed class LungMasker(ModelManifest manifest, nn.Module<Tensor, Tensor> model, Device? device = null)
{
    public ModelManifest Manifest { get; } = manifest ?? throw new ArgumentNullException(nameof(manifest));

    public static LungMasker Load(string directory, Device? device = null)
    {
        var (manifest, model) = ModelDirectory.Load(directory, device);
        return manifest.Task == "lung-mask"
            ? new LungMasker(manifest, model, device)
            : throw new InvalidInputException($"The model in {directory} is a {manifest.Task} model, not a lung-mask model.");
    }

    public Volume<byte> Segment(Volume ct)
    {
        var slices = SliceCase.FromVolumes("input", ct, null, Manifest.Normalization);
        int multiple = 1 << Manifest.UNet!.Depth;
        var labels = LungSliceTask.PredictSlices(model, slices, (int)Manifest.PatchSize[0], multiple, device ?? CPU);
        return new Volume<byte>(ct.Geometry, labels);
    }
}
