using PulmoPet.Imaging;

namespace PulmoPet.Pet.Internal;

/// <summary>
/// Hole filling in coronal and sagittal planes, limited in size: a background region (4-connected)
/// enclosed by the mask within one such plane, and no larger than a given area, becomes foreground. A
/// vessel or bronchus crossing the plane is such a small enclosed region; the liver dome under a lung base
/// (a hole in axial slices) is open downwards in both planes, and the aorta or oesophagus, which a lung
/// may enclose in a sagittal plane, is a long band larger than the limit — both stay out.
/// </summary>
internal static class PlanarHoleFilling
{
    public static Volume<byte> FillCoronalAndSagittal(Volume<byte> mask, double maximumHoleAreaMm2, ParallelOptions? parallel)
    {
        var result = mask.Clone();
        var size = mask.Size;
        var spacing = mask.Geometry.Spacing;
        // Coronal planes: fixed y, axes x (fast) and z.
        int coronalLimit = (int)(maximumHoleAreaMm2 / (spacing.X * spacing.Z));
        Slabs.For(size.Y, parallel, y => FillPlane(mask.Voxels, result.Voxels, size.X, size.Z,
            (u, v) => (v * size.Y + y) * size.X + u, coronalLimit));
        // Sagittal planes: fixed x, axes y (fast) and z. Planes write disjoint voxels, so they run in parallel.
        int sagittalLimit = (int)(maximumHoleAreaMm2 / (spacing.Y * spacing.Z));
        var sagittal = mask.Clone();
        Slabs.For(size.X, parallel, x => FillPlane(mask.Voxels, sagittal.Voxels, size.Y, size.Z,
            (u, v) => (v * size.Y + u) * size.X + x, sagittalLimit));
        for (int i = 0; i < result.Voxels.Length; i++)
        {
            result.Voxels[i] |= sagittal.Voxels[i];
        }

        return result;
    }

    /// <summary>
    /// Fills, whatever their size, the voxels that are holes in at least two of the axial, coronal and sagittal
    /// planes through them: a solid lesion or consolidation surrounded by lung is enclosed in all three, whereas
    /// the liver dome is a hole only in axial slices and a mediastinal structure at most in one plane.
    /// </summary>
    public static Volume<byte> FillEnclosedInTwoPlanes(Volume<byte> mask, ParallelOptions? parallel)
    {
        var size = mask.Size;
        var axial = new Volume<byte>(mask.Geometry);
        var coronal = new Volume<byte>(mask.Geometry);
        var sagittal = new Volume<byte>(mask.Geometry);
        Slabs.For(size.Z, parallel, z => FillPlane(mask.Voxels, axial.Voxels, size.X, size.Y,
            (u, v) => (z * size.Y + v) * size.X + u, int.MaxValue));
        Slabs.For(size.Y, parallel, y => FillPlane(mask.Voxels, coronal.Voxels, size.X, size.Z,
            (u, v) => (v * size.Y + y) * size.X + u, int.MaxValue));
        Slabs.For(size.X, parallel, x => FillPlane(mask.Voxels, sagittal.Voxels, size.Y, size.Z,
            (u, v) => (v * size.Y + u) * size.X + x, int.MaxValue));
        var result = mask.Clone();
        for (int i = 0; i < result.Voxels.Length; i++)
        {
            if (axial.Voxels[i] + coronal.Voxels[i] + sagittal.Voxels[i] >= 2)
            {
                result.Voxels[i] = 1;
            }
        }

        return result;
    }

    private static void FillPlane(byte[] source, byte[] target, int nu, int nv, Func<int, int, int> index, int maximumArea)
    {
        var seen = new bool[nu * nv];
        var region = new List<int>();
        var stack = new Stack<int>();
        for (int start = 0; start < seen.Length; start++)
        {
            if (seen[start] || source[index(start % nu, start / nu)] != 0)
            {
                continue;
            }

            region.Clear();
            bool open = false;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int k = stack.Pop();
                region.Add(k);
                int u = k % nu, v = k / nu;
                if (u == 0 || v == 0 || u == nu - 1 || v == nv - 1)
                {
                    open = true;
                }

                Visit(u - 1, v);
                Visit(u + 1, v);
                Visit(u, v - 1);
                Visit(u, v + 1);
            }

            if (!open && region.Count <= maximumArea)
            {
                foreach (int k in region)
                {
                    target[index(k % nu, k / nu)] = 1;
                }
            }
        }

        void Visit(int u, int v)
        {
            if (u < 0 || v < 0 || u >= nu || v >= nv)
            {
                return;
            }

            int k = v * nu + u;
            if (!seen[k] && source[index(u, v)] == 0)
            {
                seen[k] = true;
                stack.Push(k);
            }
        }
    }
}
