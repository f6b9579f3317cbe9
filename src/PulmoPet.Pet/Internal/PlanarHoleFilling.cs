using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Pet.Internal;

/// <summary>
/// Hole filling in coronal and sagittal planes: a background region enclosed by the mask within one such
/// plane becomes foreground. A vessel or nodule crossing the plane is enclosed there, whereas the liver
/// dome under a lung base (a hole in axial slices) is open downwards in both planes and stays out.
/// </summary>
internal static class PlanarHoleFilling
{
    public static Volume<byte> FillCoronalAndSagittal(Volume<byte> mask, ParallelOptions? parallel)
    {
        var coronal = SwapAxes(HoleFilling.FillPerSlice(SwapAxes(mask, 1), parallel), 1);
        var sagittal = SwapAxes(HoleFilling.FillPerSlice(SwapAxes(mask, 0), parallel), 0);
        var result = mask.CreateLike<byte>();
        for (int i = 0; i < result.Voxels.Length; i++)
        {
            result.Voxels[i] = (byte)(mask.Voxels[i] | coronal.Voxels[i] | sagittal.Voxels[i]);
        }

        return result;
    }

    /// <summary>Swaps index axis <paramref name="axis"/> (0 = x, 1 = y) with z; the geometry is only a carrier.</summary>
    private static Volume<byte> SwapAxes(Volume<byte> mask, int axis)
    {
        var s = mask.Size;
        var size = axis == 0 ? new Size3(s.Z, s.Y, s.X) : new Size3(s.X, s.Z, s.Y);
        var result = new Volume<byte>(new ImageGeometry(size, Vector3D.One, Vector3D.Zero));
        var source = mask.Voxels;
        var target = result.Voxels;
        for (int z = 0, i = 0; z < s.Z; z++)
        {
            for (int y = 0; y < s.Y; y++)
            {
                for (int x = 0; x < s.X; x++, i++)
                {
                    int j = axis == 0 ? (x * size.Y + y) * size.X + z : (y * size.Y + z) * size.X + x;
                    target[j] = source[i];
                }
            }
        }

        return result;
    }
}
