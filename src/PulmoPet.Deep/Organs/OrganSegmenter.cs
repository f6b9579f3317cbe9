using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Organs;

/// <summary>Applies a PET-only organ model: sliding-window inference over the PET's body box, labels on the PET grid.</summary>
public sealed class OrganSegmenter
{
    private readonly nn.Module<Tensor, Tensor> model;
    private readonly Device device;

    public OrganSegmenter(ModelManifest manifest, nn.Module<Tensor, Tensor> model, Device? device = null)
    {
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.device = device ?? CPU;
        if (manifest.Task != OrganTraining.TaskName)
        {
            throw new InvalidInputException($"The model is a '{manifest.Task}' model, not a '{OrganTraining.TaskName}' model.");
        }
    }

    public ModelManifest Manifest { get; }

    public static OrganSegmenter Load(string directory, Device? device = null)
    {
        var (manifest, model) = ModelDirectory.Load(directory, device);
        return new OrganSegmenter(manifest, model, device);
    }

    public Volume<byte> Segment(Volume<float> pet)
    {
        var (item, crop) = OrganData.Build("input", pet, Manifest.Normalization);
        using var scope = NewDisposeScope();
        var inferer = new SlidingWindowInferer(Manifest.PatchSize.ToArray());
        var image = tensor(item.Image).reshape(1, item.Depth, item.Height, item.Width).to(device);
        byte[] labels = inferer.Predict(model, image).argmax(0).to_type(ScalarType.Byte).cpu().data<byte>().ToArray();
        return OrganData.Uncrop(labels, pet.Geometry, crop);
    }
}
