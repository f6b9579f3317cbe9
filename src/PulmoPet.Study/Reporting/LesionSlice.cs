using PulmoPet.Imaging;
using PulmoPet.Imaging.Rendering;

namespace PulmoPet.Study.Reporting;

/// <summary>
/// An axial CT (and PET) slice through a lesion with its contour, as a PNG: the slice of the CT grid nearest the
/// lesion centroid, cropped to <see cref="HalfWidthMm"/> around it, CT in a lung window (W 1500 / L −600 HU), PET in
/// inverted grey from 0 to <see cref="PetWindowSuv"/>. The lesion label map lives on the PET grid, so each pixel looks
/// up the label of the PET voxel nearest its centre; pixels of the lesion that touch a non-lesion pixel are drawn red,
/// those of other lesions orange. Index axes are shown as stored (for LPS-aligned images: patient right on the image
/// left, anterior up — the radiological convention).
/// </summary>
public static class LesionSlice
{
    public const double HalfWidthMm = 40;
    public const double LungWindowCenterHu = -600;
    public const double LungWindowWidthHu = 1500;
    public const double PetWindowSuv = 8;

    /// <summary>Smallest size of the longer side of a panel, in pixels (panels are scaled up by whole factors).</summary>
    public const int MinimumPanelPixels = 220;

    public static byte[] Render(Volume<float>? ct, Volume<float> pet, Volume<ushort> labels, int lesionId, Vector3D centroidMm)
    {
        var baseImage = ct ?? pet;
        var g = baseImage.Geometry;
        var c = g.WorldToIndex(centroidMm);
        int z = Math.Clamp((int)Math.Round(c.Z), 0, g.Size.Z - 1);
        int rx = (int)Math.Ceiling(HalfWidthMm / g.Spacing.X), ry = (int)Math.Ceiling(HalfWidthMm / g.Spacing.Y);
        int x0 = Math.Clamp((int)Math.Round(c.X) - rx, 0, g.Size.X - 1), x1 = Math.Clamp((int)Math.Round(c.X) + rx, 0, g.Size.X - 1);
        int y0 = Math.Clamp((int)Math.Round(c.Y) - ry, 0, g.Size.Y - 1), y1 = Math.Clamp((int)Math.Round(c.Y) + ry, 0, g.Size.Y - 1);
        int w = x1 - x0 + 1, h = y1 - y0 + 1;
        var label = new int[w * h];
        var petValue = new float[w * h];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                var world = g.IndexToWorld(x0 + x, y0 + y, z);
                var p = pet.Geometry.WorldToIndex(world);
                int px = (int)Math.Round(p.X), py = (int)Math.Round(p.Y), pz = (int)Math.Round(p.Z);
                if (pet.Size.Contains(px, py, pz))
                {
                    label[y * w + x] = labels[px, py, pz];
                    petValue[y * w + x] = pet[px, py, pz];
                }
            }
        }

        int panels = ct is null ? 1 : 2;
        int scale = Math.Max(1, (int)Math.Ceiling((double)MinimumPanelPixels / Math.Max(w, h)));
        int gap = 4;
        int width = panels * w * scale + (panels - 1) * gap, height = h * scale;
        var rgb = new byte[width * height * 3];
        Array.Fill(rgb, (byte)255);
        for (int panel = 0; panel < panels; panel++)
        {
            bool isCt = ct is not null && panel == 0;
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int k = y * w + x;
                    byte grey = isCt
                        ? (byte)Math.Round(Math.Clamp((ct![x0 + x, y0 + y, z] - (LungWindowCenterHu - LungWindowWidthHu / 2)) / LungWindowWidthHu, 0, 1) * 255)
                        : (byte)Math.Round(255 - Math.Clamp(petValue[k] / PetWindowSuv, 0, 1) * 255);
                    (byte r, byte gr, byte b) colour = (grey, grey, grey);
                    if (label[k] != 0 && IsEdge(label, w, h, x, y))
                    {
                        colour = label[k] == lesionId ? ((byte)230, (byte)20, (byte)20) : ((byte)255, (byte)150, (byte)0);
                    }

                    for (int sy = 0; sy < scale; sy++)
                    {
                        for (int sx = 0; sx < scale; sx++)
                        {
                            int o = ((y * scale + sy) * width + panel * (w * scale + gap) + x * scale + sx) * 3;
                            rgb[o] = colour.r;
                            rgb[o + 1] = colour.gr;
                            rgb[o + 2] = colour.b;
                        }
                    }
                }
            }
        }

        using var stream = new MemoryStream();
        PngEncoder.WriteRgb(stream, width, height, rgb);
        return stream.ToArray();
    }

    private static bool IsEdge(int[] label, int w, int h, int x, int y)
    {
        int l = label[y * w + x];
        return x == 0 || y == 0 || x == w - 1 || y == h - 1
            || label[y * w + x - 1] != l || label[y * w + x + 1] != l || label[(y - 1) * w + x] != l || label[(y + 1) * w + x] != l;
    }
}
