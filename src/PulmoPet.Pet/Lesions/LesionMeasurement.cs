using System.Numerics;
using PulmoPet.Imaging;
using PulmoPet.Pet.Measures;

namespace PulmoPet.Pet.Lesions;

/// <summary>
/// The per-lesion PET measures (SUVmax/mean/peak, MTV, TLG, diameter, location) of a set of voxels. Shared by the
/// MTV40% analysis and by lesions delineated elsewhere (a network's label map, a reader's contour), so every
/// lesion table is computed by the same rules whatever drew the lesion.
/// </summary>
public static class LesionMeasurement
{
    /// <summary>
    /// Measures every instance of a label map on the PET grid (label k = lesion k; 0 = background), in label order.
    /// The lungs (1 right, 2 left, on the PET grid) give side, zone and central/peripheral.
    /// </summary>
    public static IReadOnlyList<Lesion> FromLabels(Volume<float> pet, Volume<byte> labels, Volume<byte> lungsOnPet)
    {
        ArgumentNullException.ThrowIfNull(pet);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(lungsOnPet);
        if (!labels.Geometry.IsSameGrid(pet.Geometry) || !lungsOnPet.Geometry.IsSameGrid(pet.Geometry))
        {
            throw new InvalidInputException("The lesion labels and the lungs must lie on the PET grid to be measured on it.");
        }

        var members = new SortedDictionary<int, List<int>>();
        var voxels = labels.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            if (voxels[i] != 0)
            {
                if (!members.TryGetValue(voxels[i], out var list))
                {
                    members[voxels[i]] = list = [];
                }

                list.Add(i);
            }
        }

        var suv = pet.Voxels;
        var location = new LungLocation(lungsOnPet);
        var lesions = new List<Lesion>(members.Count);
        foreach (var (label, list) in members)
        {
            int peak = list[0];
            foreach (int i in list)
            {
                if (suv[i] > suv[peak])
                {
                    peak = i; // first voxel of the highest SUV, as the MTV40% analysis ties by voxel index
                }
            }

            lesions.Add(Measure(suv, pet.Geometry, [.. list], peak, location) with { LesionId = label });
        }

        return lesions;
    }

    internal static Lesion Measure(float[] suv, ImageGeometry geometry, int[] voxels, int peak, LungLocation location)
    {
        double sum = 0;
        var centroidIndex = Vector3D.Zero;
        foreach (int i in voxels)
        {
            sum += suv[i];
            centroidIndex += geometry.IndexOf(i).ToVector();
        }

        centroidIndex /= voxels.Length;
        var centroid = geometry.IndexToWorld(centroidIndex);
        var where = location.Locate(voxels, centroid);
        var peakIndex = geometry.IndexOf(peak);
        double mtv = voxels.Length * geometry.VoxelVolumeMl;
        return new Lesion
        {
            LesionId = 0,
            SuvMax = suv[peak],
            SuvMean = sum / voxels.Length,
            SuvPeak = SuvPeak.Percist(suv, geometry, voxels),
            SuvPeakLocal = SuvPeak.LocalAtMaximum(suv, geometry, voxels),
            MetabolicTumorVolumeMl = mtv,
            VoxelCount = voxels.Length,
            CentroidMm = centroid,
            PeakMm = geometry.IndexToWorld(peakIndex.X, peakIndex.Y, peakIndex.Z),
            MaxDiameterMm = MaximumDiameter.Compute(geometry, voxels),
            Side = where.Side,
            Zone = where.Zone,
            CentralPeripheral = where.CentralPeripheral,
            Voxels = voxels,
        };
    }

}
