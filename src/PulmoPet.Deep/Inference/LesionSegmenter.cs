using PulmoPet.Deep.Data;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Inference;

/// <summary>
/// Applies a lesion-segmentation model directory to a PET/CT pair: the PET is resampled to the model's
/// spacing when it differs, CT is brought onto that grid, both are normalised as in training, optionally
/// cropped to the lungs, predicted with <see cref="SlidingWindowInferer"/> (50 % overlap, Gaussian
/// weights) and the argmax label map is returned on the PET's own grid (nearest-neighbour when resampled).
/// </summary>
public sealed class LesionSegmenter
{
    private readonly nn.Module<Tensor, Tensor> model;
    private readonly Device device;

    public LesionSegmenter(ModelManifest manifest, nn.Module<Tensor, Tensor> model, Device? device = null)
    {
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.device = device ?? CPU;
        if (manifest.Channels.Count != 2 || manifest.PatchSize.Count != 3 || manifest.SpacingMm.Count != 3)
        {
            throw new InvalidInputException("A lesion segmentation model takes two channels (CT, PET) and 3-D patches.");
        }
    }

    public ModelManifest Manifest { get; }

    public static LesionSegmenter Load(string directory, Device? device = null)
    {
        var (manifest, model) = ModelDirectory.Load(directory, device);
        return new LesionSegmenter(manifest, model, device);
    }

    /// <summary>Label map (0 background, 1 … lesion classes) on <paramref name="pet"/>'s grid.</summary>
    public Volume<byte> Segment(Volume<float> pet, Volume ct, Volume<byte>? lungs = null)
    {
        ArgumentNullException.ThrowIfNull(pet);
        ArgumentNullException.ThrowIfNull(ct);
        var spacing = new Vector3D(Manifest.SpacingMm[0], Manifest.SpacingMm[1], Manifest.SpacingMm[2]);
        var petGrid = pet.Geometry;
        bool resample = Math.Abs(petGrid.Spacing.X - spacing.X) > 1e-3 * spacing.X
            || Math.Abs(petGrid.Spacing.Y - spacing.Y) > 1e-3 * spacing.Y
            || Math.Abs(petGrid.Spacing.Z - spacing.Z) > 1e-3 * spacing.Z;
        var workPet = resample ? Resampler.Resample(pet, petGrid.Resampled(spacing), Interpolation.Linear) : pet;
        var (item, crop) = PetCtCaseBuilder.Build("input", workPet, ct, Manifest.Normalization, lungs: lungs);

        var labels = new Volume<byte>(workPet.Geometry);
        using (var scope = NewDisposeScope())
        {
            var image = tensor(item.Image).reshape(2, item.Depth, item.Height, item.Width).to(device);
            var inferer = new SlidingWindowInferer(Manifest.PatchSize.ToArray());
            var prediction = inferer.Predict(model, image).argmax(0).to_type(ScalarType.Byte).cpu();
            var values = prediction.data<byte>().ToArray();
            for (int z = 0; z < item.Depth; z++)
            {
                for (int y = 0; y < item.Height; y++)
                {
                    for (int x = 0; x < item.Width; x++)
                    {
                        labels[crop.Start.X + x, crop.Start.Y + y, crop.Start.Z + z] = values[(z * item.Height + y) * item.Width + x];
                    }
                }
            }
        }

        return resample ? Resampler.Resample(labels, petGrid, Interpolation.Nearest) : labels;
    }
}
