using PulmoPet.Imaging;
using PulmoPet.Imaging.Rendering;
using PulmoPet.Pet.Internal;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Pet.Reporting;

/// <summary>
/// A coronal maximum-intensity projection of the PET (along y, anterior–posterior) as a PNG: inverted grey
/// scale (black = hot) from SUV 0 to <see cref="DefaultWindowSuv"/>, head up, patient right on the image left
/// (radiological convention), square pixels; each lesion's projection outlined in red with its id beside it.
/// </summary>
public static class MipRenderer
{
    /// <summary>The SUV shown as black.</summary>
    public const double DefaultWindowSuv = 8.0;

    /// <summary>Output pixels per PET voxel along its finest axis.</summary>
    public const int PixelsPerVoxel = 2;

    public static void WritePng(Stream stream, Volume<float> pet, LesionInventory inventory, double windowSuv = DefaultWindowSuv)
    {
        ArgumentNullException.ThrowIfNull(pet);
        ArgumentNullException.ThrowIfNull(inventory);
        pet.Geometry.EnsureSameGrid(inventory.Labels.Geometry, "The lesion label map");
        var size = pet.Size;
        bool up = PatientAxes.SliceIndexRunsSuperior(pet.Geometry);
        var mip = new float[size.X * size.Z];
        var labels = new int[size.X * size.Z];
        Array.Fill(mip, float.NegativeInfinity);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int k = z * size.X + x;
                    float v = pet[x, y, z];
                    mip[k] = Math.Max(mip[k], v);
                    int label = inventory.Labels[x, y, z];
                    if (label != 0 && (labels[k] == 0 || label < labels[k]))
                    {
                        labels[k] = label;
                    }
                }
            }
        }

        double pixelMm = Math.Min(pet.Geometry.Spacing.X, pet.Geometry.Spacing.Z) / PixelsPerVoxel;
        int width = (int)Math.Round(size.X * pet.Geometry.Spacing.X / pixelMm);
        int height = (int)Math.Round(size.Z * pet.Geometry.Spacing.Z / pixelMm);
        var rgb = new byte[width * height * 3];
        int Source(int column, int row, out int x, out int z)
        {
            x = Math.Min(size.X - 1, (int)(column * pixelMm / pet.Geometry.Spacing.X));
            int zi = Math.Min(size.Z - 1, (int)(row * pixelMm / pet.Geometry.Spacing.Z));
            z = up ? size.Z - 1 - zi : zi;
            return z * size.X + x;
        }

        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                int k = Source(column, row, out int x, out int z);
                byte grey = (byte)(255 - Math.Clamp(mip[k] / windowSuv, 0, 1) * 255);
                int o = (row * width + column) * 3;
                rgb[o] = rgb[o + 1] = rgb[o + 2] = grey;
                if (labels[k] != 0 && IsEdge(labels, size, x, z, labels[k]))
                {
                    rgb[o] = 230;
                    rgb[o + 1] = 20;
                    rgb[o + 2] = 20;
                }
            }
        }

        foreach (var lesion in inventory.Lesions)
        {
            var c = pet.Geometry.WorldToIndex(lesion.CentroidMm);
            int zRow = up ? (int)Math.Round(size.Z - 1 - c.Z) : (int)Math.Round(c.Z);
            int column = (int)((c.X + 0.5) * pet.Geometry.Spacing.X / pixelMm) + 6;
            int row = (int)((zRow + 0.5) * pet.Geometry.Spacing.Z / pixelMm) - 6;
            PixelFont.Draw(rgb, width, height, column, row, lesion.LesionId.ToString(System.Globalization.CultureInfo.InvariantCulture), (20, 60, 230), 2);
        }

        PngEncoder.WriteRgb(stream, width, height, rgb);
    }

    private static bool IsEdge(int[] labels, Size3 size, int x, int z, int label)
    {
        return Differs(x - 1, z) || Differs(x + 1, z) || Differs(x, z - 1) || Differs(x, z + 1);

        bool Differs(int xn, int zn) =>
            xn < 0 || zn < 0 || xn >= size.X || zn >= size.Z || labels[zn * size.X + xn] != label;
    }
}
