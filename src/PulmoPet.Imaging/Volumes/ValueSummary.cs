namespace PulmoPet.Imaging;

/// <summary>Range and mean of all voxels of a volume; non-finite voxels (NaN, ±∞) are counted apart.</summary>
public readonly record struct ValueSummary(double Minimum, double Maximum, double Mean, long FiniteCount, long NonFiniteCount)
{
    public static ValueSummary Of(Volume volume)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
        long finite = 0, nonFinite = 0;
        int n = checked((int)volume.Geometry.VoxelCount);
        for (int i = 0; i < n; i++)
        {
            double v = volume.GetValue(i);
            if (!double.IsFinite(v))
            {
                nonFinite++;
                continue;
            }

            finite++;
            sum += v;
            if (v < min) min = v;
            if (v > max) max = v;
        }

        return finite == 0
            ? new ValueSummary(double.NaN, double.NaN, double.NaN, 0, nonFinite)
            : new ValueSummary(min, max, sum / finite, finite, nonFinite);
    }
}
