using PulmoPet.Imaging;

namespace PulmoPet.Pet.Measures;

/// <summary>
/// Peak uptake: the mean SUV in a sphere of 1 cm³ (radius (3/(4π) · 1000)^(1/3) = 6.2035 mm).
/// Voxel rule (both variants): a voxel belongs to the sphere when its centre lies within the radius of
/// the sphere's centre, and sphere centres are voxel centres; voxels outside the image are left out; the
/// image's own values are averaged, whether or not the voxel is in the lesion. On a 4 mm grid this is
/// the centre voxel and its 18 face/edge neighbours (19 voxels), on a 2 mm grid 123 voxels.
/// <list type="bullet">
/// <item><see cref="Percist"/>: PERCIST 1.0 SUVpeak (Wahl et al., J Nucl Med 2009; EANM guideline v2.0):
/// the sphere is placed where its mean is highest, centres ranging over the lesion's voxels.</item>
/// <item><see cref="LocalAtMaximum"/>: IBSI local intensity peak (IBSI 1, feature VJGA): the sphere is
/// centred on the lesion's maximum voxel; among several equal maxima, the highest mean.</item>
/// </list>
/// </summary>
public static class SuvPeak
{
    /// <summary>The sphere volume, 1 cm³.</summary>
    public const double SphereVolumeMm3 = 1000.0;

    /// <summary>Radius of a 1 cm³ sphere (mm).</summary>
    public static readonly double SphereRadiusMm = Math.Cbrt(3.0 * SphereVolumeMm3 / (4.0 * Math.PI));

    /// <summary>PERCIST SUVpeak over the lesion voxels <paramref name="lesion"/> (linear indices into <paramref name="suv"/>).</summary>
    public static double Percist(float[] suv, ImageGeometry geometry, IReadOnlyList<int> lesion)
    {
        var offsets = SphereOffsets(geometry.Spacing);
        double best = double.NegativeInfinity;
        foreach (int centre in lesion)
        {
            best = Math.Max(best, SphereMean(suv, geometry.Size, centre, offsets));
        }

        return best;
    }

    /// <summary>IBSI local intensity peak: the sphere centred on the lesion's SUVmax voxel(s).</summary>
    public static double LocalAtMaximum(float[] suv, ImageGeometry geometry, IReadOnlyList<int> lesion)
    {
        var offsets = SphereOffsets(geometry.Spacing);
        float max = float.NegativeInfinity;
        foreach (int i in lesion)
        {
            max = Math.Max(max, suv[i]);
        }

        double best = double.NegativeInfinity;
        foreach (int i in lesion)
        {
            if (suv[i] == max)
            {
                best = Math.Max(best, SphereMean(suv, geometry.Size, i, offsets));
            }
        }

        return best;
    }

    /// <summary>Index offsets (dx, dy, dz) whose centre lies within <see cref="SphereRadiusMm"/> of the origin.</summary>
    public static Index3[] SphereOffsets(Vector3D spacing)
    {
        double r2 = SphereRadiusMm * SphereRadiusMm;
        int rx = (int)(SphereRadiusMm / spacing.X), ry = (int)(SphereRadiusMm / spacing.Y), rz = (int)(SphereRadiusMm / spacing.Z);
        var offsets = new List<Index3>();
        for (int dz = -rz; dz <= rz; dz++)
        {
            for (int dy = -ry; dy <= ry; dy++)
            {
                for (int dx = -rx; dx <= rx; dx++)
                {
                    double d2 = Sq(dx * spacing.X) + Sq(dy * spacing.Y) + Sq(dz * spacing.Z);
                    if (d2 <= r2)
                    {
                        offsets.Add(new Index3(dx, dy, dz));
                    }
                }
            }
        }

        return [.. offsets];
    }

    private static double SphereMean(float[] suv, Size3 size, int centre, Index3[] offsets)
    {
        int x = centre % size.X, y = centre / size.X % size.Y, z = centre / (size.X * size.Y);
        double sum = 0;
        int count = 0;
        foreach (var o in offsets)
        {
            int xn = x + o.X, yn = y + o.Y, zn = z + o.Z;
            if (size.Contains(xn, yn, zn))
            {
                sum += suv[(zn * size.Y + yn) * size.X + xn];
                count++;
            }
        }

        return sum / count;
    }

    private static double Sq(double v) => v * v;
}
