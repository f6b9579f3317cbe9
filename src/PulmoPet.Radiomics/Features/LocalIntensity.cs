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

        // The runs as flat arrays: prefix-row offset relative to the centre row, and half-width.
        int runCount = runs.Count;
        var runDy = new int[runCount];
        var runDz = new int[runCount];
        var runRow = new long[runCount];
        var runHalf = new int[runCount];
        long interiorCount = 0;
        int rx = 0;
        for (int k = 0; k < runCount; k++)
        {
            (runDy[k], runDz[k], runHalf[k]) = runs[k];
            runRow[k] = ((long)runDz[k] * rows + runDy[k]) * stride;
            interiorCount += 2 * runHalf[k] + 1;
            rx = Math.Max(rx, runHalf[k]);
        }

        double SphereMean(int x, int y, int z)
        {
            long centre = ((long)(z - z0) * rows + (y - y0)) * stride;
            if (x >= rx && x < size.X - rx && y >= ry && y < size.Y - ry && z >= rz && z < size.Z - rz)
            {
                // The whole sphere lies in the image: no clipping, a fixed voxel count.
                double inside = 0;
                for (int k = 0; k < runRow.Length; k++)
                {
                    long row = centre + runRow[k] + x;
                    inside += prefix[row + runHalf[k] + 1] - prefix[row - runHalf[k]];
                }

                return inside / interiorCount;
            }

            double sum = 0;
            long count = 0;
            for (int k = 0; k < runRow.Length; k++)
            {
                int yy = y + runDy[k], zz = z + runDz[k];
                if (yy < 0 || yy >= size.Y || zz < 0 || zz >= size.Z) continue;
                int xa = Math.Max(0, x - runHalf[k]), xb = Math.Min(size.X - 1, x + runHalf[k]);
                long row = centre + runRow[k];
                sum += prefix[row + xb + 1] - prefix[row + xa];
                count += xb - xa + 1;
            }

            return sum / count;
        }

        double maxValue = roi.Values.Max();
        double local = double.NegativeInfinity, global = double.NegativeInfinity;
        var box = roi.BoxSize;
        int boxSlice = box.X * box.Y;
        for (int k = 0; k < roi.VoxelIndices.Length; k++)
        {
            int b = roi.VoxelIndices[k];
            int bz = b / boxSlice, rest = b - bz * boxSlice, by = rest / box.X;
            int x = rest - by * box.X + roi.BoxStart.X, y = by + roi.BoxStart.Y, z = bz + roi.BoxStart.Z;
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
