using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI local intensity features (family 9ST6, tags <c>loc_</c>): the mean of the image (not only the ROI)
/// inside a 1 cm³ sphere (radius 6.2 mm) around a voxel centre.
/// </summary>
public static class LocalIntensity
{
    public static FeatureVector Compute(RegionOfInterest roi)
    {
        var image = roi.Image;
        var size = image.Size;
        var spacing = roi.Spacing;
        double r = RadiomicsSettings.LocalPeakRadiusMm;
        int rx = (int)Math.Floor(r / spacing.X), ry = (int)Math.Floor(r / spacing.Y), rz = (int)Math.Floor(r / spacing.Z);
        var offsets = new List<(int X, int Y, int Z)>();
        for (int dz = -rz; dz <= rz; dz++)
        {
            for (int dy = -ry; dy <= ry; dy++)
            {
                for (int dx = -rx; dx <= rx; dx++)
                {
                    double d2 = Sq(dx * spacing.X) + Sq(dy * spacing.Y) + Sq(dz * spacing.Z);
                    if (d2 <= r * r) offsets.Add((dx, dy, dz));
                }
            }
        }

        var voxels = image.ToFloat().Voxels;
        double SphereMean(int x, int y, int z)
        {
            double sum = 0;
            int count = 0;
            foreach (var (dx, dy, dz) in offsets)
            {
                int xx = x + dx, yy = y + dy, zz = z + dz;
                if (size.Contains(xx, yy, zz))
                {
                    sum += voxels[image.Geometry.LinearIndex(xx, yy, zz)];
                    count++;
                }
            }

            return sum / count;
        }

        double maxValue = roi.Values.Max();
        double local = double.NegativeInfinity, global = double.NegativeInfinity;
        var box = roi.BoxSize;
        for (int k = 0; k < roi.VoxelIndices.Length; k++)
        {
            int b = roi.VoxelIndices[k];
            int x = b % box.X + roi.BoxStart.X, y = b / box.X % box.Y + roi.BoxStart.Y, z = b / (box.X * box.Y) + roi.BoxStart.Z;
            double mean = SphereMean(x, y, z);
            global = Math.Max(global, mean);
            if (roi.Values[k] == maxValue) local = Math.Max(local, mean);
        }

        var f = new FeatureVector();
        f.Add("loc_peak_loc", local);    // IBSI VJGA local intensity peak (highest sphere mean at the maximum-intensity voxels)
        f.Add("loc_peak_glob", global);  // IBSI 0F91 global intensity peak (highest sphere mean over the ROI)
        return f;
    }

    private static double Sq(double v) => v * v;
}
