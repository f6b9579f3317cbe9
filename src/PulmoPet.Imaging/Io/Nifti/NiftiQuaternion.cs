namespace PulmoPet.Imaging.Io.Nifti;

/// <summary>
/// The qform rotation as nifti1.h defines it: a unit quaternion (a, b, c, d) with a = sqrt(1 − b² − c² − d²)
/// and qfac = ±1 (pixdim[0]) flipping the k axis. Both directions follow nifti1_io.c
/// (nifti_quatern_to_mat44, nifti_mat44_to_quatern) so files match what FSL, ITK and nibabel compute.
/// </summary>
internal static class NiftiQuaternion
{
    /// <summary>The 3×3 rotation (columns = RAS directions of i, j, k), with qfac applied to the k column.</summary>
    public static Matrix3 ToRotation(double b, double c, double d, double qfac)
    {
        double a = 1.0 - (b * b + c * c + d * d);
        if (a < 1e-7)
        {
            // nifti1_io: (b, c, d) is not inside the unit ball; normalise it and take a 180° rotation.
            a = 1.0 / Math.Sqrt(b * b + c * c + d * d);
            b *= a;
            c *= a;
            d *= a;
            a = 0;
        }
        else
        {
            a = Math.Sqrt(a);
        }

        double k = qfac < 0 ? -1 : 1;
        return new Matrix3(
            a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c) * k,
            2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b) * k,
            2 * (b * d - a * c), 2 * (c * d + a * b), (a * a + d * d - c * c - b * b) * k);
    }

    /// <summary>
    /// The quaternion (b, c, d) and qfac of the rotation nearest to <paramref name="m"/> (columns are
    /// normalised and the matrix replaced by its orthogonal polar factor, as nifti_mat44_to_quatern does).
    /// </summary>
    public static (double B, double C, double D, double Qfac) FromMatrix(Matrix3 m)
    {
        Matrix3 r = Orthogonalize(NormalizeColumns(m));
        double qfac = 1;
        if (r.Determinant <= 0)
        {
            // Improper (left-handed) grid: flip the k column and record the flip in qfac.
            qfac = -1;
            r = Matrix3.FromColumns(r.Column(0), r.Column(1), -r.Column(2));
        }

        double r11 = r.M00, r12 = r.M01, r13 = r.M02;
        double r21 = r.M10, r22 = r.M11, r23 = r.M12;
        double r31 = r.M20, r32 = r.M21, r33 = r.M22;
        double a = r11 + r22 + r33 + 1.0;
        double b, c, d;
        if (a > 0.5)
        {
            a = 0.5 * Math.Sqrt(a);
            b = 0.25 * (r32 - r23) / a;
            c = 0.25 * (r13 - r31) / a;
            d = 0.25 * (r21 - r12) / a;
        }
        else
        {
            double xd = 1.0 + r11 - (r22 + r33);
            double yd = 1.0 + r22 - (r11 + r33);
            double zd = 1.0 + r33 - (r11 + r22);
            if (xd > 1.0)
            {
                b = 0.5 * Math.Sqrt(xd);
                c = 0.25 * (r12 + r21) / b;
                d = 0.25 * (r13 + r31) / b;
                a = 0.25 * (r32 - r23) / b;
            }
            else if (yd > 1.0)
            {
                c = 0.5 * Math.Sqrt(yd);
                b = 0.25 * (r12 + r21) / c;
                d = 0.25 * (r23 + r32) / c;
                a = 0.25 * (r13 - r31) / c;
            }
            else
            {
                d = 0.5 * Math.Sqrt(zd);
                b = 0.25 * (r13 + r31) / d;
                c = 0.25 * (r23 + r32) / d;
                a = 0.25 * (r21 - r12) / d;
            }

            if (a < 0)
            {
                b = -b;
                c = -c;
                d = -d;
            }
        }

        return (b, c, d, qfac);
    }

    private static Matrix3 NormalizeColumns(Matrix3 m)
    {
        Vector3D[] columns = [m.Column(0), m.Column(1), m.Column(2)];
        Vector3D[] axes = [new(1, 0, 0), new(0, 1, 0), new(0, 0, 1)];
        for (int i = 0; i < 3; i++)
        {
            double length = columns[i].Length;
            columns[i] = length > 0 ? columns[i] / length : axes[i]; // nifti1_io patches a zero column this way
        }

        return Matrix3.FromColumns(columns[0], columns[1], columns[2]);
    }

    /// <summary>The orthogonal polar factor by Newton's iteration X ← (X + X⁻ᵀ)/2 (Higham), as mat33_polar.</summary>
    private static Matrix3 Orthogonalize(Matrix3 x)
    {
        for (int iteration = 0; iteration < 100; iteration++)
        {
            if (Math.Abs(x.Determinant) < 1e-12)
            {
                break; // degenerate input; leave it to the caller's geometry checks
            }

            Matrix3 inverseTranspose = x.Inverse().Transpose();
            var next = new Matrix3(
                0.5 * (x.M00 + inverseTranspose.M00), 0.5 * (x.M01 + inverseTranspose.M01), 0.5 * (x.M02 + inverseTranspose.M02),
                0.5 * (x.M10 + inverseTranspose.M10), 0.5 * (x.M11 + inverseTranspose.M11), 0.5 * (x.M12 + inverseTranspose.M12),
                0.5 * (x.M20 + inverseTranspose.M20), 0.5 * (x.M21 + inverseTranspose.M21), 0.5 * (x.M22 + inverseTranspose.M22));
            double change = next.MaxAbsDifference(x);
            x = next;
            if (change < 1e-15)
            {
                break;
            }
        }

        return x;
    }
}
