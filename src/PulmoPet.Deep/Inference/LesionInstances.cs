using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Deep.Inference;

/// <summary>
/// Turns a segmentation (nonzero = lesion) into a lesion instance label map as <c>pulmopet lesions</c>
/// writes one: 26-connected components numbered by size, largest first (ITK's RelabelComponentImageFilter
/// order), so the map can go wherever an instance map is read (evaluate-seg, classify, features).
/// </summary>
public static class LesionInstances
{
    /// <summary>Instance labels 1 … n (n ≤ 255, the uint8 label range; smaller components beyond it are dropped).</summary>
    public static Volume<byte> FromMask(Volume<byte> mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var components = ConnectedComponents.Label(mask, Connectivity.Vertices26, sortBySize: true);
        var result = new Volume<byte>(mask.Geometry);
        var source = components.Labels.Voxels;
        var target = result.Voxels;
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = source[i] is > 0 and <= byte.MaxValue ? (byte)source[i] : (byte)0;
        }

        return result;
    }
}
