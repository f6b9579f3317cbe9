namespace PulmoPet.Imaging.Tests.Io;

/// <summary>Volumes and geometries for the reader/writer tests.</summary>
internal static class TestVolumes
{
    public static readonly VoxelType[] AllTypes = Enum.GetValues<VoxelType>();

    /// <summary>A volume of <paramref name="type"/> filled with random bytes (for floats: NaNs, infinities and subnormals included).</summary>
    public static Volume Random(VoxelType type, ImageGeometry geometry, int seed)
    {
        Volume volume = VoxelTypes.Create(type, geometry);
        new Random(seed).NextBytes(volume.AsBytes());
        return volume;
    }

    /// <summary>A rotated, flipped, non-isotropic grid away from the origin.</summary>
    public static ImageGeometry Oblique(Size3 size) => new(
        size,
        new Vector3D(0.7, 1.3, 2.9),
        new Vector3D(-123.456, 78.9, -1001.25),
        Rotation(0.3, -0.2, 0.5) * new Matrix3(1, 0, 0, 0, -1, 0, 0, 0, 1));

    /// <summary>The rotation of the unit quaternion (a, b, c, d) proportional to (1, x, y, z).</summary>
    public static Matrix3 Rotation(double x, double y, double z)
    {
        double n = Math.Sqrt(1 + x * x + y * y + z * z);
        return QuaternionRotation(1 / n, x / n, y / n, z / n);
    }

    public static Matrix3 QuaternionRotation(double a, double b, double c, double d) => new(
        a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
        2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b),
        2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b);

    public static void AssertSameVoxels(Volume expected, Volume actual)
    {
        Assert.Equal(expected.VoxelType, actual.VoxelType);
        Assert.Equal(expected.Size, actual.Size);
        Assert.True(expected.AsBytes().SequenceEqual(actual.AsBytes()), "voxel bytes differ");
    }

    /// <summary>
    /// Geometry equal within <paramref name="relative"/>: spacing and origin relative to max(1, |value|),
    /// direction cosines absolutely.
    /// </summary>
    public static void AssertSameGeometry(ImageGeometry expected, ImageGeometry actual, double relative)
    {
        Assert.Equal(expected.Size, actual.Size);
        for (int axis = 0; axis < 3; axis++)
        {
            AssertClose(expected.Spacing[axis], actual.Spacing[axis], relative, $"spacing[{axis}]");
            AssertClose(expected.Origin[axis], actual.Origin[axis], relative, $"origin[{axis}]");
            for (int row = 0; row < 3; row++)
            {
                double e = expected.Direction[row, axis], a = actual.Direction[row, axis];
                Assert.True(Math.Abs(e - a) <= relative, $"direction[{row},{axis}]: expected {e:R}, got {a:R}");
            }
        }
    }

    public static void AssertClose(double expected, double actual, double relative, string what) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
}
