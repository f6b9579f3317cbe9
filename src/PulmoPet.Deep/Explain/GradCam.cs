using PulmoPet.Deep.Networks;
using PulmoPet.Imaging;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Explain;

/// <summary>
/// Grad-CAM (Selvaraju et al., ICCV 2017) for a <see cref="ResidualClassifier"/>: with A_k the last
/// stage's feature maps and y_c the logit of class c, α_k = mean over voxels of ∂y_c/∂A_k and the map is
/// ReLU(Σ_k α_k A_k), upsampled (trilinear/bilinear) to the input size and divided by its maximum.
/// </summary>
public static class GradCam
{
    /// <summary>The map at feature resolution, before upsampling and scaling: [d', h', w'] for one input [1, C, D, H, W].</summary>
    public static Tensor ComputeRaw(ResidualClassifier model, Tensor input, long classIndex)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(input);
        if (input.shape[0] != 1)
        {
            throw new ArgumentException("Grad-CAM takes one input at a time: [1, C, …].");
        }

        if (classIndex < 0 || classIndex >= model.Options.Classes)
        {
            throw new ArgumentOutOfRangeException(nameof(classIndex), classIndex, "No such class.");
        }

        model.eval();
        using var scope = NewDisposeScope();
        using var enableGrad = enable_grad();
        var features = model.Features(input).detach().requires_grad_(true);
        var score = model.Head(features)[0, classIndex];
        score.backward();
        var spatial = Enumerable.Range(2, (int)features.dim() - 2).Select(i => (long)i).ToArray();
        var weights = features.grad!.mean(spatial, keepdim: true);
        var map = nn.functional.relu((weights * features).sum(1))[0];
        return map.detach().MoveToOuterDisposeScope();
    }

    /// <summary>The map [D, H, W] on the input grid, scaled to [0, 1] (all zeros when the raw map is).</summary>
    public static Tensor Compute(ResidualClassifier model, Tensor input, long classIndex)
    {
        using var scope = NewDisposeScope();
        var raw = ComputeRaw(model, input, classIndex);
        var size = input.shape.Skip(2).ToArray();
        var mode = size.Length == 3 ? InterpolationMode.Trilinear : InterpolationMode.Bilinear;
        var map = nn.functional.interpolate(raw.unsqueeze(0).unsqueeze(0), size, mode: mode, align_corners: false)[0, 0];
        var max = map.max();
        var scaled = max.item<float>() > 0 ? map / max : map;
        return scaled.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Grad-CAM of a 3-D crop as a volume on <paramref name="cropGeometry"/> (whose size must be the crop's
    /// W × H × D), ready to be written as NIfTI next to the crop.
    /// </summary>
    public static Volume<float> ComputeVolume(ResidualClassifier model, Tensor crop, ImageGeometry cropGeometry, long classIndex)
    {
        ArgumentNullException.ThrowIfNull(cropGeometry);
        var size = cropGeometry.Size;
        if (crop.dim() != 5 || crop.shape[2] != size.Z || crop.shape[3] != size.Y || crop.shape[4] != size.X)
        {
            throw new ArgumentException("The crop must be [1, C, D, H, W] with (W, H, D) equal to the geometry's size.");
        }

        using var scope = NewDisposeScope();
        var values = Compute(model, crop, classIndex).cpu().contiguous().data<float>().ToArray();
        return new Volume<float>(cropGeometry, values);
    }
}
