using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.PetBench;

/// <summary>The simplest versions of each step, for the ratio: a threshold and connected components, nothing else.</summary>
internal static class Baselines
{
    /// <summary>Lungs: CT below −400 HU, the two largest 6-connected regions not touching the image border.</summary>
    public static Volume<byte> Lungs(Volume<short> ct)
    {
        var air = ct.CreateLike<byte>();
        for (int i = 0; i < air.Voxels.Length; i++)
        {
            air.Voxels[i] = ct.Voxels[i] < -400 ? (byte)1 : (byte)0;
        }

        var components = ConnectedComponents.Label(air, Connectivity.Faces6, sortBySize: true);
        var result = ct.CreateLike<byte>();
        var keep = components.Components
            .Where(c => c.BoundingBoxMin.X > 0 && c.BoundingBoxMin.Y > 0 && c.BoundingBoxMax.X < ct.Size.X - 1 && c.BoundingBoxMax.Y < ct.Size.Y - 1)
            .Take(2).Select(c => c.Label).ToHashSet();
        for (int i = 0; i < result.Voxels.Length; i++)
        {
            result.Voxels[i] = keep.Contains(components.Labels.Voxels[i]) ? (byte)1 : (byte)0;
        }

        return result;
    }

    /// <summary>Lesions: PET ≥ 2.5 inside the lungs, 26-connected components.</summary>
    public static int Lesions(Volume<float> pet, Volume<byte> lungs)
    {
        var mask = pet.CreateLike<byte>();
        for (int i = 0; i < mask.Voxels.Length; i++)
        {
            mask.Voxels[i] = lungs.Voxels[i] != 0 && pet.Voxels[i] >= 2.5f ? (byte)1 : (byte)0;
        }

        return ConnectedComponents.Label(mask, Connectivity.Vertices26).Count;
    }
}
