using PulmoPet.Imaging;

namespace PulmoPet.Deep.Data;

/// <summary>
/// Axial slices for the 2-D lung-mask network: <see cref="Image"/> [Z, H, W] normalised CT (one channel),
/// <see cref="Labels"/> [Z, H, W] with 0 background, 1 right lung, 2 left lung (the phantom's convention).
/// </summary>
public sealed record SliceCase(string Id, int Slices, int Height, int Width, float[] Image, byte[] Labels)
{
    /// <summary>All slices of a CT (HU) and its lung labels on the same grid.</summary>
    public static SliceCase FromVolumes(string id, Volume ct, Volume<byte>? lungs, PetCtNormalization normalization)
    {
        ArgumentNullException.ThrowIfNull(ct);
        if (lungs is not null)
        {
            ct.Geometry.EnsureSameGrid(lungs.Geometry, "lung labels");
        }

        var size = ct.Size;
        var image = new float[size.VoxelCount];
        for (int i = 0; i < image.Length; i++)
        {
            image[i] = normalization.Ct(ct.GetValue(i));
        }

        var labels = lungs is null ? new byte[size.VoxelCount] : lungs.Voxels.Select(v => v > 2 ? (byte)0 : v).ToArray();
        return new SliceCase(id, size.Z, size.Y, size.X, image, labels);
    }
}
