using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Synthesis;

namespace PulmoPet.Phantom.Tests;

public sealed class PetAcquisitionTests
{
    [Fact]
    public void LowerDoseGivesProportionallyMoreNoise()
    {
        // Same seed and patient at full and at a tenth of the dose: the noise variance in the liver must
        // grow about tenfold (variance ∝ value / (dose × counts)); the noiseless images are identical.
        var options = new CohortOptions { Patients = 1, Seed = 11, CtSpacingMm = 3, PetSpacingMm = 4, MaxDegreeOfParallelism = 2 };
        SyntheticPatient full = new PatientGenerator(options).Generate(0);
        SyntheticPatient low = new PatientGenerator(options with { DoseFactor = 0.1 }).Generate(0);
        Assert.True(full.PetNoiseless.Voxels.AsSpan().SequenceEqual(low.PetNoiseless.Voxels));
        Assert.True(full.Ct.Voxels.AsSpan().SequenceEqual(low.Ct.Voxels));

        double fullVariance = LiverNoiseVariance(full);
        double lowVariance = LiverNoiseVariance(low);
        Assert.InRange(lowVariance / fullVariance, 7, 13);

        // At full dose the liver has the per-voxel noise of a clinical scan (coefficient of variation 5–25 %).
        (double liverMean, _) = LiverPetStatistics(full);
        Assert.InRange(Math.Sqrt(fullVariance) / liverMean, 0.05, 0.25);
    }

    [Fact]
    public void NoiseVarianceFollowsTheCountModelOnAUniformImage()
    {
        // A uniform activity of 2 SUV, counts 50 per SUV: variance 2 / 50 = 0.04 per voxel, mean 2.
        var grid = new ImageGeometry(new Size3(40, 40, 40), new Vector3D(2, 2, 2), Vector3D.Zero);
        var activity = new Volume<float>(grid).Fill(2f);
        ImageGeometry petGrid = grid.Resampled(new Vector3D(4, 4, 4));
        PetImages images = PetAcquisition.Acquire(activity, petGrid, 6, 50, 123);
        double sum = 0, sum2 = 0;
        int n = 0;
        for (int z = 3; z < petGrid.Size.Z - 3; z++)
        {
            for (int y = 3; y < petGrid.Size.Y - 3; y++)
            {
                for (int x = 3; x < petGrid.Size.X - 3; x++)
                {
                    double v = images.Pet[x, y, z];
                    sum += v;
                    sum2 += v * v;
                    n++;
                }
            }
        }

        double mean = sum / n;
        double variance = sum2 / n - mean * mean;
        Assert.InRange(mean, 1.98, 2.02);
        Assert.InRange(variance, 0.04 * 0.85, 0.04 * 1.15);
        Assert.All(images.Noiseless.Voxels, v => Assert.InRange(v, 1.9999f, 2.0001f));
    }

    [Fact]
    public void PsfBlurKeepsTotalActivityAndWidensAPoint()
    {
        var grid = new ImageGeometry(new Size3(41, 41, 41), new Vector3D(2, 2, 2), new Vector3D(-40, -40, -40));
        var activity = new Volume<float>(grid);
        activity[20, 20, 20] = 1000;
        PetImages images = PetAcquisition.Acquire(activity, grid.Resampled(new Vector3D(4, 4, 4)), 6, 1e9, 1);
        Assert.Equal(1000, images.BlurredActivity.Voxels.Sum(v => (double)v), 1);
        Assert.True(images.BlurredActivity[20, 20, 20] < 1000 * 0.05);
    }

    private static double LiverNoiseVariance(SyntheticPatient p)
    {
        (double sum2, int n) = (0, 0);
        foreach (int i in LiverPetVoxels(p))
        {
            double d = p.Pet.Voxels[i] - p.PetNoiseless.Voxels[i];
            sum2 += d * d;
            n++;
        }

        Assert.True(n > 200);
        return sum2 / n;
    }

    private static (double Mean, int Count) LiverPetStatistics(SyntheticPatient p)
    {
        int[] voxels = LiverPetVoxels(p).ToArray();
        return (voxels.Average(i => p.PetNoiseless.Voxels[i]), voxels.Length);
    }

    /// <summary>PET voxels whose centre and 12 mm surroundings are liver on the CT grid.</summary>
    private static IEnumerable<int> LiverPetVoxels(SyntheticPatient p)
    {
        ImageGeometry pet = p.Pet.Geometry;
        ImageGeometry ct = p.Organs.Geometry;
        for (int i = 0; i < p.Pet.Voxels.Length; i++)
        {
            Index3 v = pet.IndexOf(i);
            Vector3D w = pet.IndexToWorld(v.X, v.Y, v.Z);
            bool inside = true;
            foreach (Vector3D offset in (ReadOnlySpan<Vector3D>)[new(0, 0, 0), new(12, 0, 0), new(-12, 0, 0), new(0, 12, 0), new(0, -12, 0), new(0, 0, 12), new(0, 0, -12)])
            {
                Vector3D c = ct.WorldToIndex(w + offset);
                int x = (int)Math.Round(c.X), y = (int)Math.Round(c.Y), z = (int)Math.Round(c.Z);
                if (!ct.Size.Contains(x, y, z) || p.Organs[x, y, z] != (byte)OrganLabel.Liver)
                {
                    inside = false;
                    break;
                }
            }

            if (inside)
            {
                yield return i;
            }
        }
    }
}
