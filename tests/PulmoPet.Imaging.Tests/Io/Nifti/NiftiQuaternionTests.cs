using PulmoPet.Imaging.Io.Nifti;

namespace PulmoPet.Imaging.Tests.Io.Nifti;

public sealed class NiftiQuaternionTests
{
    public static TheoryData<double, double, double, double> Rotations => new()
    {
        { 0, 0, 0, 1 },        // identity
        { 0, 0, 1, 1 },        // 180° about z: a = 0 (LPS identity seen in RAS), the "trickier case" branch
        { 1, 0, 0, -1 },       // 180° about x, left-handed
        { 0.3, -0.2, 0.5, 1 },
        { -0.7, 0.1, 0.05, -1 },
        { 0.5, 0.5, 0.5, 1 },
    };

    [Theory]
    [MemberData(nameof(Rotations))]
    public void Encoding_then_decoding_gives_back_the_matrix(double x, double y, double z, double qfac)
    {
        Matrix3 rotation = x == 0 && y == 0 && z == 0 ? Matrix3.Identity
            : (x, y, z) == (0, 0, 1) ? new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, 1)
            : (x, y, z) == (1, 0, 0) ? new Matrix3(1, 0, 0, 0, -1, 0, 0, 0, -1)
            : TestVolumes.Rotation(x, y, z);
        Matrix3 m = qfac < 0 ? Matrix3.FromColumns(rotation.Column(0), rotation.Column(1), -rotation.Column(2)) : rotation;

        (double b, double c, double d, double encodedQfac) = NiftiQuaternion.FromMatrix(m);
        Matrix3 decoded = NiftiQuaternion.ToRotation(b, c, d, encodedQfac);

        Assert.Equal(qfac, encodedQfac);
        Assert.True(decoded.MaxAbsDifference(m) < 1e-12, $"{m} → ({b}, {c}, {d}, {encodedQfac}) → {decoded}");
    }

    [Fact]
    public void Decoding_matches_the_nifti1_h_formula_for_a_known_quaternion()
    {
        // nifti1.h: a = sqrt(1 − b² − c² − d²); R00 = a² + b² − c² − d², R01 = 2(bc − ad), R22 = a² + d² − c² − b².
        Matrix3 r = NiftiQuaternion.ToRotation(0.1, -0.2, 0.3, 1);
        double a = Math.Sqrt(0.86);
        Assert.Equal(0.74, r.M00, 12);
        Assert.Equal(2 * (0.1 * -0.2 - a * 0.3), r.M01, 12);
        Assert.Equal(0.86 + 0.09 - 0.04 - 0.01, r.M22, 12);
    }

    [Fact]
    public void A_slightly_non_orthogonal_matrix_is_encoded_as_its_nearest_rotation()
    {
        Matrix3 rotation = TestVolumes.Rotation(0.2, 0.1, -0.3);
        var noisy = new Matrix3(
            rotation.M00 + 1e-5, rotation.M01, rotation.M02,
            rotation.M10, rotation.M11 - 1e-5, rotation.M12,
            rotation.M20, rotation.M21, rotation.M22 + 2e-5);

        (double b, double c, double d, double qfac) = NiftiQuaternion.FromMatrix(noisy);
        Matrix3 decoded = NiftiQuaternion.ToRotation(b, c, d, qfac);

        Assert.True(decoded.IsOrthonormal(1e-12));
        Assert.True(decoded.MaxAbsDifference(rotation) < 1e-4);
    }
}
