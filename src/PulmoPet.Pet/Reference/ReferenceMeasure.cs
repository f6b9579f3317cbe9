using PulmoPet.Imaging;

namespace PulmoPet.Pet.Reference;

/// <summary>Shared steps of the reference regions: CT tissue fractions, lung proximity, PET statistics.</summary>
internal static class ReferenceMeasure
{
    /// <summary>Soft tissue on CT for a reference VOI (HU): no fat, air or bone, whatever the liver's fat content or the blood's haematocrit.</summary>
    public const double SoftTissueMinimumHu = -50;

    public const double SoftTissueMaximumHu = 150;

    public static double SoftTissueFraction(Volume ct, List<int> voxels)
    {
        if (voxels.Count == 0)
        {
            return 0;
        }

        int soft = 0;
        foreach (int i in voxels)
        {
            double hu = ct.GetValue(i);
            soft += hu is >= SoftTissueMinimumHu and <= SoftTissueMaximumHu ? 1 : 0;
        }

        return (double)soft / voxels.Count;
    }

    public static bool AnyLung(Volume<byte> lungs, List<int> voxels)
    {
        foreach (int i in voxels)
        {
            if (lungs.Voxels[i] != 0)
            {
                return true;
            }
        }

        return false;
    }

    public static ReferenceUptake Uptake(Volume<float> pet, string region, string shape, Vector3D centre, List<int> voxels)
    {
        if (voxels.Count < 2)
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"The {region} reference ({shape}) holds {voxels.Count} PET voxel(s), too few to measure; the PET grid is too coarse or does not cover it."));
        }

        double sum = 0;
        foreach (int i in voxels)
        {
            sum += pet.Voxels[i];
        }

        double mean = sum / voxels.Count, squares = 0;
        foreach (int i in voxels)
        {
            squares += (pet.Voxels[i] - mean) * (pet.Voxels[i] - mean);
        }

        return new ReferenceUptake(region, shape, centre, mean, Math.Sqrt(squares / (voxels.Count - 1)), voxels.Count);
    }

    /// <summary>World positions of the voxels of <paramref name="mask"/> equal to <paramref name="label"/>.</summary>
    public static List<Vector3D> Positions(Volume<byte> mask, byte label)
    {
        var geometry = mask.Geometry;
        var size = mask.Size;
        var result = new List<Vector3D>();
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    if (mask.Voxels[i] == label)
                    {
                        result.Add(geometry.IndexToWorld(x, y, z));
                    }
                }
            }
        }

        return result;
    }
}
