using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Io;

/// <summary>
/// Write → read must give back the written image: voxels bit for bit (random bytes, so floats include NaN
/// payloads, infinities and subnormals), geometry within the precision of each format's header:
/// <list type="bullet">
/// <item>NIfTI-1 stores pixdim, qoffset and srow as float32 (relative precision 2⁻²⁴ ≈ 6e-8), so spacing and
/// origin must match within 1e-6 × max(1, |value|) and direction cosines within 1e-6;</item>
/// <item>NRRD and MetaImage store shortest round-trip decimal doubles, so 1e-12 (only the norm that splits a
/// NRRD space direction into spacing × cosine rounds).</item>
/// </list>
/// </summary>
public sealed class RoundTripTests
{
    public const double NiftiTolerance = 1e-6;
    public const double TextHeaderTolerance = 1e-12;

    public static readonly string[] Extensions = [".nii", ".nii.gz", ".nrrd", ".nhdr", ".mha", ".mhd"];

    public static TheoryData<VoxelType, string, bool> EveryTypeAndWriter()
    {
        var data = new TheoryData<VoxelType, string, bool>();
        foreach (VoxelType type in TestVolumes.AllTypes)
        {
            foreach (string extension in Extensions)
            {
                data.Add(type, extension, true);
                if (extension is ".nrrd" or ".nhdr" or ".mha" or ".mhd")
                {
                    data.Add(type, extension, false);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTypeAndWriter))]
    public void Every_type_and_writer_round_trips_an_oblique_flipped_grid(VoxelType type, string extension, bool compress)
    {
        var c = new RoundTripCase(type, extension, compress, TestVolumes.Oblique(new Size3(5, 4, 3)), Seed: 7);
        Check(c);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(RoundTripArbitraries)])]
    public void Random_geometries_types_and_writers_round_trip(RoundTripCase c) => Check(c);

    private static void Check(RoundTripCase c)
    {
        using var folder = new TempDirectory();
        string path = folder.File("image" + c.Extension);
        Volume written = TestVolumes.Random(c.Type, c.Geometry, c.Seed);
        ImageFile.Write(written, path, new ImageWriteOptions { Compress = c.Compress });

        Volume read = ImageFile.Read(path);
        TestVolumes.AssertSameVoxels(written, read);
        double tolerance = c.Extension.StartsWith(".nii", StringComparison.Ordinal) ? NiftiTolerance : TextHeaderTolerance;
        TestVolumes.AssertSameGeometry(c.Geometry, read.Geometry, tolerance);
        Assert.Equal(ExpectedFiles(c), folder.FileNames());
    }

    /// <summary>Only the image (and its data file) may be left: no temporary files.</summary>
    private static string[] ExpectedFiles(RoundTripCase c) => c.Extension switch
    {
        ".nhdr" => [.. new[] { "image.nhdr", c.Compress ? "image.raw.gz" : "image.raw" }.Order(StringComparer.Ordinal)],
        ".mhd" => [.. new[] { "image.mhd", c.Compress ? "image.zraw" : "image.raw" }.Order(StringComparer.Ordinal)],
        _ => ["image" + c.Extension],
    };
}

/// <summary>One generated round-trip case; printed by FsCheck when a property fails.</summary>
public sealed record RoundTripCase(VoxelType Type, string Extension, bool Compress, ImageGeometry Geometry, int Seed)
{
    public override string ToString() => $"{Type} {Extension} compress={Compress} seed={Seed} {Geometry.Describe()}";
}

public static class RoundTripArbitraries
{
    public static Arbitrary<RoundTripCase> Cases() => Arb.From(
        from type in Gen.Elements(TestVolumes.AllTypes)
        from extension in Gen.Elements(RoundTripTests.Extensions)
        from compress in Gen.Elements(true, false)
        from geometry in Geometries()
        from seed in Gen.Choose(0, int.MaxValue)
        select new RoundTripCase(type, extension, compress, geometry, seed));

    /// <summary>Sizes 1..12 per axis; spacing 0.01..10 mm; origin ±2000 mm; directions: random rotations or signed
    /// axis permutations (exact 0/±1 entries, 180° turns), each column flipped or not (improper frames included).</summary>
    private static Gen<ImageGeometry> Geometries() =>
        from sx in Gen.Choose(1, 12)
        from sy in Gen.Choose(1, 12)
        from sz in Gen.Choose(1, 12)
        from spacing in Gen.Choose(100, 100_000).Three()
        from origin in Gen.Choose(-2_000_000, 2_000_000).Three()
        from direction in Gen.OneOf(RandomRotations(), SignedPermutations())
        select new ImageGeometry(
            new Size3(sx, sy, sz),
            new Vector3D(spacing.Item1 / 1e4, spacing.Item2 / 1e4, spacing.Item3 / 1e4),
            new Vector3D(origin.Item1 / 1e3, origin.Item2 / 1e3, origin.Item3 / 1e3),
            direction);

    private static Gen<Matrix3> RandomRotations() =>
        from q in Gen.Choose(-1000, 1000).Four().Where(q => (long)q.Item1 * q.Item1 + (long)q.Item2 * q.Item2 + (long)q.Item3 * q.Item3 + (long)q.Item4 * q.Item4 > 100)
        from flips in Gen.Elements(1.0, -1.0).Three()
        select Flip(Quaternion(q.Item1, q.Item2, q.Item3, q.Item4), flips);

    private static Gen<Matrix3> SignedPermutations() =>
        from order in Gen.Shuffle(new[] { 0, 1, 2 })
        from flips in Gen.Elements(1.0, -1.0).Three()
        select Flip(Permutation(order), flips);

    private static Matrix3 Quaternion(double a, double b, double c, double d)
    {
        double n = Math.Sqrt(a * a + b * b + c * c + d * d);
        return TestVolumes.QuaternionRotation(a / n, b / n, c / n, d / n);
    }

    private static Matrix3 Permutation(IReadOnlyList<int> order)
    {
        Vector3D[] axes = [new(1, 0, 0), new(0, 1, 0), new(0, 0, 1)];
        return Matrix3.FromColumns(axes[order[0]], axes[order[1]], axes[order[2]]);
    }

    private static Matrix3 Flip(Matrix3 m, (double, double, double) s) =>
        Matrix3.FromColumns(m.Column(0) * s.Item1, m.Column(1) * s.Item2, m.Column(2) * s.Item3);
}
