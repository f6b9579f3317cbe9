using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Bench;

/// <summary>Reproducible inputs shaped like the data the operations meet: PET-like activity and blob masks.</summary>
internal static class SyntheticData
{
    /// <summary>A CT-like grid: 0.98 mm in-plane, 2 mm slices, centred at the origin.</summary>
    public static ImageGeometry CtGrid(int nx, int ny, int nz) =>
        Centred(new Size3(nx, ny, nz), new Vector3D(0.9765625, 0.9765625, 2.0));

    /// <summary>A PET-like grid: 4 mm voxels, centred at the origin.</summary>
    public static ImageGeometry PetGrid(int nx, int ny, int nz) => Centred(new Size3(nx, ny, nz), new Vector3D(4, 4, 4));

    /// <summary>A smooth random background with a few hot spheres (uptake 1–10), like an SUV image.</summary>
    public static Volume<float> Activity(ImageGeometry geometry, int seed)
    {
        var random = new Random(seed);
        var image = new Volume<float>(geometry);
        var voxels = image.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (float)(1.0 + random.NextDouble());
        }

        var size = geometry.Size;
        for (int lesion = 0; lesion < 12; lesion++)
        {
            var centre = new Index3(random.Next(size.X), random.Next(size.Y), random.Next(size.Z));
            int radius = 2 + random.Next(6);
            float uptake = 3f + 7f * (float)random.NextDouble();
            for (int z = Math.Max(0, centre.Z - radius); z <= Math.Min(size.Z - 1, centre.Z + radius); z++)
            {
                for (int y = Math.Max(0, centre.Y - radius); y <= Math.Min(size.Y - 1, centre.Y + radius); y++)
                {
                    for (int x = Math.Max(0, centre.X - radius); x <= Math.Min(size.X - 1, centre.X + radius); x++)
                    {
                        int dx = x - centre.X, dy = y - centre.Y, dz = z - centre.Z;
                        if (dx * dx + dy * dy + dz * dz <= radius * radius)
                        {
                            image[x, y, z] = uptake;
                        }
                    }
                }
            }
        }

        return image;
    }

    /// <summary>Blobs: smoothed white noise thresholded so that about <paramref name="fraction"/> of the voxels are foreground.</summary>
    public static Volume<byte> Blobs(ImageGeometry geometry, int seed, double smoothingMm, double fraction)
    {
        var random = new Random(seed);
        var noise = new Volume<float>(geometry);
        for (int i = 0; i < noise.Voxels.Length; i++)
        {
            noise.Voxels[i] = (float)random.NextDouble();
        }

        var smooth = GaussianSmoothing.Smooth(noise, smoothingMm);
        var sorted = (float[])smooth.Voxels.Clone();
        Array.Sort(sorted);
        float threshold = sorted[(int)((1 - fraction) * (sorted.Length - 1))];
        var mask = new Volume<byte>(geometry);
        for (int i = 0; i < sorted.Length; i++)
        {
            mask.Voxels[i] = smooth.Voxels[i] > threshold ? (byte)1 : (byte)0;
        }

        return mask;
    }

    public static string Describe(ImageGeometry geometry) =>
        FormattableString.Invariant($"{geometry.Size.X}×{geometry.Size.Y}×{geometry.Size.Z} @ {geometry.Spacing.X:0.##}×{geometry.Spacing.Y:0.##}×{geometry.Spacing.Z:0.##} mm");

    private static ImageGeometry Centred(Size3 size, Vector3D spacing) =>
        new(size, spacing, new Vector3D(-(size.X - 1) * spacing.X / 2, -(size.Y - 1) * spacing.Y / 2, -(size.Z - 1) * spacing.Z / 2));
}
