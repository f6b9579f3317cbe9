namespace PulmoPet.Imaging;

/// <summary>
/// A 3×3 matrix, row-major. As a direction matrix (ITK/DICOM convention) its columns are the world
/// directions of the x, y and z index axes.
/// </summary>
public readonly record struct Matrix3(
    double M00, double M01, double M02,
    double M10, double M11, double M12,
    double M20, double M21, double M22)
{
    public static readonly Matrix3 Identity = new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    public static Matrix3 FromColumns(Vector3D c0, Vector3D c1, Vector3D c2) =>
        new(c0.X, c1.X, c2.X, c0.Y, c1.Y, c2.Y, c0.Z, c1.Z, c2.Z);

    public double this[int row, int column] => (row * 3 + column) switch
    {
        0 => M00, 1 => M01, 2 => M02,
        3 => M10, 4 => M11, 5 => M12,
        6 => M20, 7 => M21, 8 => M22,
        _ => throw new ArgumentOutOfRangeException(nameof(row)),
    };

    public Vector3D Column(int column) => new(this[0, column], this[1, column], this[2, column]);

    public static Vector3D operator *(Matrix3 m, Vector3D v) => new(
        m.M00 * v.X + m.M01 * v.Y + m.M02 * v.Z,
        m.M10 * v.X + m.M11 * v.Y + m.M12 * v.Z,
        m.M20 * v.X + m.M21 * v.Y + m.M22 * v.Z);

    public static Matrix3 operator *(Matrix3 a, Matrix3 b) => FromColumns(a * b.Column(0), a * b.Column(1), a * b.Column(2));

    public Matrix3 Transpose() => new(M00, M10, M20, M01, M11, M21, M02, M12, M22);

    public double Determinant =>
        M00 * (M11 * M22 - M12 * M21) - M01 * (M10 * M22 - M12 * M20) + M02 * (M10 * M21 - M11 * M20);

    public Matrix3 Inverse()
    {
        double det = Determinant;
        if (Math.Abs(det) < 1e-12)
        {
            throw new InvalidOperationException("The matrix is singular and has no inverse.");
        }

        double inv = 1.0 / det;
        return new Matrix3(
            (M11 * M22 - M12 * M21) * inv, (M02 * M21 - M01 * M22) * inv, (M01 * M12 - M02 * M11) * inv,
            (M12 * M20 - M10 * M22) * inv, (M00 * M22 - M02 * M20) * inv, (M02 * M10 - M00 * M12) * inv,
            (M10 * M21 - M11 * M20) * inv, (M01 * M20 - M00 * M21) * inv, (M00 * M11 - M01 * M10) * inv);
    }

    /// <summary>Largest absolute element-wise difference to <paramref name="other"/>.</summary>
    public double MaxAbsDifference(Matrix3 other)
    {
        double d = 0;
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                d = Math.Max(d, Math.Abs(this[r, c] - other[r, c]));
            }
        }

        return d;
    }

    /// <summary>True when the columns are unit length and mutually orthogonal within <paramref name="tolerance"/>.</summary>
    public bool IsOrthonormal(double tolerance = 1e-4) => (Transpose() * this).MaxAbsDifference(Identity) <= tolerance;

    public override string ToString() => FormattableString.Invariant(
        $"[{M00:G6} {M01:G6} {M02:G6}; {M10:G6} {M11:G6} {M12:G6}; {M20:G6} {M21:G6} {M22:G6}]");
}
