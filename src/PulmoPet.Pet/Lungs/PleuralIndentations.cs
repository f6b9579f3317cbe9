using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Internal;

namespace PulmoPet.Pet.Lungs;

/// <summary>
/// Keeps the parts a wide closing adds to a lung when they are pleural indentations — a tumour pressing
/// into the lung from the chest wall or the diaphragm — and not the mediastinal impressions (heart,
/// aorta) that a wide ball also closes over: an added region (6-connected) is kept when its mean
/// left–right distance from the midline is at least <see cref="MinimumLateralRatio"/> of the lung's own.
/// </summary>
internal static class PleuralIndentations
{
    /// <summary>Mediastinal impressions lie medially, at well under half the lung's mean distance from the midline.</summary>
    public const double MinimumLateralRatio = 0.6;

    public static void AddAwayFromMediastinum(Volume<byte> lung, Volume<byte> widelyClosed, double midline)
    {
        var geometry = lung.Geometry;
        var added = lung.CreateLike<byte>();
        double lungDistance = 0;
        long lungCount = 0;
        for (int i = 0; i < added.Voxels.Length; i++)
        {
            if (lung.Voxels[i] != 0)
            {
                lungDistance += Math.Abs(WorldX(geometry, i) - midline);
                lungCount++;
            }
            else if (widelyClosed.Voxels[i] != 0)
            {
                added.Voxels[i] = 1;
            }
        }

        if (lungCount == 0)
        {
            return;
        }

        double limit = MinimumLateralRatio * lungDistance / lungCount;
        var components = ConnectedComponents.Label(added, Connectivity.Faces6);
        var sums = new double[components.Count + 1];
        var labels = components.Labels.Voxels;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != 0)
            {
                sums[labels[i]] += Math.Abs(WorldX(geometry, i) - midline);
            }
        }

        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label != 0 && sums[label] / components.Components[label - 1].VoxelCount >= limit)
            {
                lung.Voxels[i] = 1;
            }
        }
    }

    private static double WorldX(ImageGeometry geometry, int i)
    {
        var p = geometry.IndexOf(i);
        return PatientAxes.WorldX(geometry, p.X, p.Y, p.Z);
    }
}
