using PulmoPet.Deep.Data;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Deep.Bone;

/// <summary>
/// The sanity baseline for bone lesions: connected components of thresholded CT. Lytic candidates are
/// soft-tissue voxels enclosed by bone in their axial slice (bone &gt; <see cref="BoneHu"/>, holes filled per
/// slice); blastic candidates are voxels denser than <see cref="BlasticHu"/>. Components longer than
/// <see cref="MaxExtentMm"/> craniocaudally (the spinal canal inside the vertebral arches) are dropped. The
/// lung-origin score is the rule "lytic means lung": 1 − the normalised CT at the instance's centre.
/// </summary>
public static class ThresholdBoneBaseline
{
    public const double BoneHu = 180;
    public const double BlasticHu = 850;
    public const double MaxExtentMm = 50;

    public static BoneDetection Detect(BoneCase item, PetCtNormalization normalization)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(normalization);
        SegmentationCase c = item.Case;
        var grid = new ImageGeometry(new Size3(c.Width, c.Height, c.Depth), item.Grid.Spacing, Vector3D.Zero);
        var hu = new double[c.VoxelCount];
        var bone = new Volume<byte>(grid);
        for (int i = 0; i < hu.Length; i++)
        {
            hu[i] = normalization.CtMinHu + (c.Image[i] + 1) * (normalization.CtMaxHu - normalization.CtMinHu) / 2;
            bone.Voxels[i] = hu[i] > BoneHu ? (byte)1 : (byte)0;
        }

        byte[] filled = HoleFilling.FillPerSlice(bone).Voxels;
        var candidates = new Volume<byte>(grid);
        for (int i = 0; i < hu.Length; i++)
        {
            bool lytic = filled[i] != 0 && bone.Voxels[i] == 0;
            candidates.Voxels[i] = lytic || hu[i] > BlasticHu ? (byte)1 : (byte)0;
        }

        var components = ConnectedComponents.Label(candidates, Connectivity.Vertices26);
        int maxSlices = (int)Math.Round(MaxExtentMm / grid.Spacing.Z);
        var keep = new bool[components.Count + 1];
        foreach (var k in components.Components)
        {
            keep[k.Label] = k.BoundingBoxMax.Z - k.BoundingBoxMin.Z + 1 <= maxSlices;
        }

        var mask = new byte[c.VoxelCount];
        for (int i = 0; i < mask.Length; i++)
        {
            mask[i] = keep[components.Labels.Voxels[i]] ? (byte)1 : (byte)0;
        }

        return BoneLesionDetector.Instances(item, mask, crops => crops.Select(k =>
        {
            int s = k.Size, centre = (s / 2 * s + s / 2) * s + s / 2;
            return (1 - k.Image[centre]) / 2.0;
        }).ToArray());
    }
}
