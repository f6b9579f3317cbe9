using PulmoPet.Imaging;

namespace PulmoPet.Phantom.Tests;

/// <summary>
/// Eight patients at the default resolution (two blocks of the four classes), generated once and shared by
/// the property tests, which check them against the specification rather than against stored outputs.
/// </summary>
public sealed class CohortFixture
{
    public const long Seed = 20240607;

    public CohortFixture()
    {
        Options = new CohortOptions { Patients = 8, Seed = Seed, Centers = 3, MaxDegreeOfParallelism = 2 };
        var generator = new PatientGenerator(Options);
        Patients = Enumerable.Range(0, Options.Patients).Select(generator.Generate).ToArray();
    }

    public CohortOptions Options { get; }

    public IReadOnlyList<SyntheticPatient> Patients { get; }
}

[CollectionDefinition(Name)]
public sealed class CohortCollection : ICollectionFixture<CohortFixture>
{
    public const string Name = "Shared synthetic cohort";
}

internal static class VolumeStatistics
{
    /// <summary>Mean world position of the voxels where <paramref name="select"/> holds.</summary>
    public static Vector3D Centroid<T>(Volume<T> volume, Func<T, bool> select)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        double x = 0, y = 0, z = 0;
        long n = 0;
        ImageGeometry g = volume.Geometry;
        for (int i = 0; i < volume.Voxels.Length; i++)
        {
            if (select(volume.Voxels[i]))
            {
                Index3 v = g.IndexOf(i);
                Vector3D w = g.IndexToWorld(v.X, v.Y, v.Z);
                x += w.X;
                y += w.Y;
                z += w.Z;
                n++;
            }
        }

        Assert.True(n > 0, "No voxel matched.");
        return new Vector3D(x / n, y / n, z / n);
    }

    /// <summary>Mean of <paramref name="values"/> over voxels where <paramref name="labels"/> has <paramref name="label"/>.</summary>
    public static (double Mean, double Variance, long Count) Masked(float[] values, byte[] labels, byte label)
    {
        double sum = 0, sum2 = 0;
        long n = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (labels[i] == label)
            {
                sum += values[i];
                sum2 += (double)values[i] * values[i];
                n++;
            }
        }

        double mean = n > 0 ? sum / n : double.NaN;
        return (mean, n > 1 ? (sum2 - n * mean * mean) / (n - 1) : double.NaN, n);
    }
}
