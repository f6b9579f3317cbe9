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
        long right = 0, left = 0;
        foreach (byte value in labels.Voxels)
        {
            if (value == LungLabel.Right)
            {
                right++;
            }
            else if (value == LungLabel.Left)
            {
                left++;
            }
        }

        return new LungMask(labels, right, left, 0);
    }
}
