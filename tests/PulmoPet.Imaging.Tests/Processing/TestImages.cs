using PulmoPet.Imaging;

namespace PulmoPet.Imaging.Tests.Processing;

/// <summary>Small synthetic volumes for the processing tests.</summary>
internal static class TestImages
{
    public static ImageGeometry Grid(int nx, int ny, int nz, double sx = 1, double sy = 1, double sz = 1) =>
        new(new Size3(nx, ny, nz), new Vector3D(sx, sy, sz), Vector3D.Zero);

    public static Volume<float> Create(ImageGeometry geometry, Func<int, int, int, double> value)
    {
        var volume = new Volume<float>(geometry);
        for (int z = 0; z < geometry.Size.Z; z++)
        {
            for (int y = 0; y < geometry.Size.Y; y++)
            {
                for (int x = 0; x < geometry.Size.X; x++)
                {
                    volume[x, y, z] = (float)value(x, y, z);
                }
            }
        }

        return volume;
    }

    public static Volume<byte> Mask(ImageGeometry geometry, Func<int, int, int, bool> inside)
    {
        var volume = new Volume<byte>(geometry);
        for (int z = 0; z < geometry.Size.Z; z++)
        {
            for (int y = 0; y < geometry.Size.Y; y++)
            {
                for (int x = 0; x < geometry.Size.X; x++)
                {
                    volume[x, y, z] = inside(x, y, z) ? (byte)1 : (byte)0;
                }
            }
        }

        return volume;
    }

    /// <summary>A reproducible random volume (System.Random with a fixed seed).</summary>
    public static Volume<float> Random(ImageGeometry geometry, int seed)
    {
        var random = new Random(seed);
        var volume = new Volume<float>(geometry);
        for (int i = 0; i < volume.Voxels.Length; i++)
        {
            volume.Voxels[i] = (float)(random.NextDouble() * 100.0);
        }

        return volume;
    }

    /// <summary>A reproducible random mask where each voxel is foreground with probability <paramref name="density"/>.</summary>
    public static Volume<byte> RandomMask(ImageGeometry geometry, int seed, double density)
    {
        var random = new Random(seed);
        var volume = new Volume<byte>(geometry);
        for (int i = 0; i < volume.Voxels.Length; i++)
        {
            volume.Voxels[i] = random.NextDouble() < density ? (byte)1 : (byte)0;
        }

        return volume;
    }

    /// <summary>The small test array of the scipy reference values: a[z, y, x] = (7x + 3y + 5z) mod 11, shape 6×5×4 (x, y, z).</summary>
    public static Volume<float> ScipyModuloArray(ImageGeometry geometry) =>
        Create(geometry, (x, y, z) => (7 * x + 3 * y + 5 * z) % 11);
}
