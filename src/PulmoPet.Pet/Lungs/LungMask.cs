using PulmoPet.Imaging;

namespace PulmoPet.Pet.Lungs;

/// <summary>A lung label map on the CT grid (0 background, 1 right, 2 left) with its voxel counts.</summary>
public sealed record LungMask(Volume<byte> Labels, long RightVoxelCount, long LeftVoxelCount, long AirwayVoxelCountRemoved)
{
    public double RightVolumeMl => RightVoxelCount * Labels.Geometry.VoxelVolumeMl;

    public double LeftVolumeMl => LeftVoxelCount * Labels.Geometry.VoxelVolumeMl;

    /// <summary>Counts the labels of an existing lung mask.</summary>
    public static LungMask FromLabels(Volume<byte> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        // Vectorised counts: this runs on every CT-grid mask (tens of millions of voxels).
        long right = labels.Voxels.AsSpan().Count(LungLabel.Right);
        long left = labels.Voxels.AsSpan().Count(LungLabel.Left);
        return new LungMask(labels, right, left, 0);
    }
}
