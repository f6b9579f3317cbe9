using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI local intensity features (family 9ST6, tags <c>loc_</c>): the mean of the image (not only the ROI)
/// inside a 1 cm³ sphere (radius 6.2 mm) around a voxel centre; voxels outside the image do not count.
/// </summary>
public static class LocalIntensity
{
    public static FeatureVector Compute(RegionOfInterest roi)
    {
        var image = roi.Image;
        var size = image.Size;
        var spacing = roi.Spacing;
        double r = RadiomicsSettings.LocalPeakRadiusMm;
        int ry = (int)Math.Floor(r / spacing.Y), rz = (int)Math.Floor(r / spacing.Z);

        // The sphere as x-runs: for each (dy, dz) the half-width in x of the voxel centres within r.
        var runs = new List<(int Dy, int Dz, int HalfWidth)>();
        for (int dz = -rz; dz <= rz; dz++)
        {
            for (int dy = -ry; dy <= ry; dy++)
            {
                double rest = r * r - Sq(dy * spacing.Y) - Sq(dz * spacing.Z);
                if (rest >= 0) runs.Add((dy, dz, (int)Math.Floor(Math.Sqrt(rest) / spacing.X + 1e-12)));
            }
        }

        // Prefix sums along x of every image row the spheres can reach, so a run costs two lookups.
        int y0 = Math.Max(0, roi.BoxStart.Y - ry), y1 = Math.Min(size.Y - 1, roi.BoxStart.Y + roi.BoxSize.Y - 1 + ry);
        int z0 = Math.Max(0, roi.BoxStart.Z - rz), z1 = Math.Min(size.Z - 1, roi.BoxStart.Z + roi.BoxSize.Z - 1 + rz);
        int rows = y1 - y0 + 1, stride = size.X + 1;
        var prefix = new double[(long)rows * (z1 - z0 + 1) * stride];
        for (int z = z0; z <= z1; z++)
        {
            for (int y = y0; y <= y1; y++)
            {
                long row = ((long)(z - z0) * rows + (y - y0)) * stride;
                int source = image.Geometry.LinearIndex(0, y, z);
                double sum = 0;
                for (int x = 0; x < size.X; x++)
                {
                    sum += image.GetValue(source + x);
                    prefix[row + x + 1] = sum;
                }
            }
        }

        double SphereMean(int x, int y, int z)
        {
            double sum = 0;
            long count = 0;
            foreach (var (dy, dz, half) in runs)
            {
                int yy = y + dy, zz = z + dz;
                if (yy < 0 || yy >= size.Y || zz < 0 || zz >= size.Z) continue;
                int xa = Math.Max(0, x - half), xb = Math.Min(size.X - 1, x + half);
                long row = ((long)(zz - z0) * rows + (yy - y0)) * stride;
                sum += prefix[row + xb + 1] - prefix[row + xa];
                count += xb - xa + 1;
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
