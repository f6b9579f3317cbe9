namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Fills holes: background not connected to the image border becomes foreground. In 3D the background
/// is 6-connected, in each axial slice 4-connected, as scipy.ndimage.binary_fill_holes' default structure
/// and ITK's BinaryFillholeImageFilter with FullyConnected = false. A flood fill from the border, O(N).
/// Inputs: nonzero = foreground; outputs are 0/1 masks on the same grid.
/// </summary>
public static class HoleFilling
{
    /// <summary>Fills background regions enclosed in 3D (not 6-connected to any face of the volume).</summary>
    public static Volume<byte> Fill3D(Volume<byte> mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var result = mask.CreateLike<byte>();
        FillRegion(mask.Voxels, result.Voxels, 0, mask.Size.X, mask.Size.Y, mask.Size.Z, zFacesAreBorder: true);
        return result;
    }

    /// <summary>Fills background regions enclosed within each axial (z) slice, slice by slice.</summary>
    public static Volume<byte> FillPerSlice(Volume<byte> mask, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var result = mask.CreateLike<byte>();
        int sliceLength = mask.Size.X * mask.Size.Y;
        Parallelism.For(mask.Size.Z, parallelOptions, z =>
            FillRegion(mask.Voxels, result.Voxels, z * sliceLength, mask.Size.X, mask.Size.Y, 1, zFacesAreBorder: false));
        return result;
    }

    /// <summary>
    /// Flood-fills the background of the block of nx·ny·nz voxels starting at <paramref name="start"/> from
    /// its border (the z faces only in 3D); writes 1 to <paramref name="output"/> except on background that the fill reached.
    /// </summary>
    private static void FillRegion(byte[] source, byte[] output, int start, int nx, int ny, int nz, bool zFacesAreBorder)
    {
        int length = nx * ny * nz;
        var outsideBackground = new bool[length];
        var stack = new Stack<int>();

        void Seed(int local)
        {
            if (source[start + local] == 0 && !outsideBackground[local])
            {
                outsideBackground[local] = true;
                stack.Push(local);
            }
        }

        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                bool borderRow = (zFacesAreBorder && (z == 0 || z == nz - 1)) || y == 0 || y == ny - 1;
                for (int x = 0; x < nx; x++)
                {
                    if (borderRow || x == 0 || x == nx - 1)
                    {
                        Seed((z * ny + y) * nx + x);
                    }
                }
            }
        }

        int sliceLength = nx * ny;
        while (stack.Count > 0)
        {
            int i = stack.Pop();
            int x = i % nx;
            int y = i / nx % ny;
            int z = i / sliceLength;
            if (x > 0) Seed(i - 1);
            if (x < nx - 1) Seed(i + 1);
            if (y > 0) Seed(i - nx);
            if (y < ny - 1) Seed(i + nx);
            if (z > 0) Seed(i - sliceLength);
            if (z < nz - 1) Seed(i + sliceLength);
        }

        for (int i = 0; i < length; i++)
        {
            output[start + i] = outsideBackground[i] ? (byte)0 : (byte)1;
        }
    }
}
