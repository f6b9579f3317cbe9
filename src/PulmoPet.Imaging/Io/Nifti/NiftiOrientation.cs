namespace PulmoPet.Imaging.Io.Nifti;

/// <summary>
/// Turns a header's qform/sform into spacing, origin and direction in LPS, choosing between them as ITK 5's
/// NiftiImageIO (SetImageIOOrientationFromNIfTI) does:
/// <list type="number">
/// <item>qform_code and sform_code both ≤ 0: nifti1.h "method 1", x = pixdim[1]·i etc. in RAS, origin 0
/// (ITK instead returns an LPS identity here; nifti1.h is followed because it defines the format).</item>
/// <item>the sform (code &gt; 0) is used when its columns are orthogonal after normalisation and either there
/// is no qform, or sform_code is 1 (NIFTI_XFORM_SCANNER_ANAT), or the sform and qform agree (within 1e-4).</item>
/// <item>otherwise the qform, when qform_code &gt; 0: a sheared sform falls back to the qform.</item>
/// <item>a sheared sform without a qform cannot be represented by rotation + spacing and is refused.</item>
/// </list>
/// NIfTI world coordinates are RAS; LPS negates the first two world rows, here and nowhere else.
/// </summary>
internal static class NiftiOrientation
{
    private const double OrthogonalityTolerance = 1e-4; // ITK: rotation · rotationᵀ is_identity(1e-4)
    private const double AgreementTolerance = 1e-4;     // ITK: qform/sform "very similar" tests, 1e-4

    /// <summary>nifti1.h NIFTI_XFORM_SCANNER_ANAT.</summary>
    public const int ScannerAnatomical = 1;

    public static (Vector3D Spacing, Vector3D Origin, Matrix3 Direction) ToLps(NiftiHeader header, string path)
    {
        double unit = SpatialUnitInMm(header.XyztUnits);
        Vector3D pixdim = new(Voxel(header.PixDim[1]), Voxel(header.PixDim[2]), Voxel(header.PixDim[3]));
        (Vector3D spacing, Vector3D originRas, Matrix3 directionRas) = ChooseTransform(header, pixdim, path);
        var rasToLps = new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, 1);
        return (spacing * unit, rasToLps * originRas * unit, rasToLps * directionRas);
    }

    private static (Vector3D Spacing, Vector3D Origin, Matrix3 Direction) ChooseTransform(NiftiHeader h, Vector3D pixdim, string path)
    {
        if (h.QformCode <= 0 && h.SformCode <= 0)
        {
            return (pixdim, Vector3D.Zero, Matrix3.Identity);
        }

        double qfac = h.PixDim[0] < 0 ? -1 : 1; // nifti1_io: pixdim[0] < 0 means qfac = −1, anything else +1
        Matrix3 qRotation = NiftiQuaternion.ToRotation(h.QuaternB, h.QuaternC, h.QuaternD, qfac);
        var sLinear = new Matrix3(
            h.Srow[0][0], h.Srow[0][1], h.Srow[0][2],
            h.Srow[1][0], h.Srow[1][1], h.Srow[1][2],
            h.Srow[2][0], h.Srow[2][1], h.Srow[2][2]);
        var sOffset = new Vector3D(h.Srow[0][3], h.Srow[1][3], h.Srow[2][3]);
        if (h.Dim[0] < 3 && sLinear.Column(2).Length == 0)
        {
            // A 2D image may leave the sform's k column empty; complete it to a right-handed slice normal.
            Vector3D normal = sLinear.Column(0).Cross(sLinear.Column(1));
            normal = normal.Length > 0 ? normal.Normalized() * pixdim.Z : normal;
            sLinear = Matrix3.FromColumns(sLinear.Column(0), sLinear.Column(1), normal);
        }

        if (h.SformCode > 0 && TryDecompose(sLinear, out Vector3D sLengths, out Matrix3 sDirection))
        {
            bool agrees = h.QformCode > 0
                && sDirection.MaxAbsDifference(qRotation) <= AgreementTolerance
                && MaxAbs(sLengths - pixdim) <= AgreementTolerance
                && MaxAbs(sOffset - h.QOffset) <= AgreementTolerance;
            if (h.QformCode <= 0 || h.SformCode == ScannerAnatomical || agrees)
            {
                // Spacing: pixdim (as ITK) unless the sform's column lengths say otherwise; the sform then wins
                // because it is what places voxels in the world.
                var spacing = new Vector3D(
                    Near(pixdim.X, sLengths.X) ? pixdim.X : sLengths.X,
                    Near(pixdim.Y, sLengths.Y) ? pixdim.Y : sLengths.Y,
                    Near(pixdim.Z, sLengths.Z) ? pixdim.Z : sLengths.Z);
                return (spacing, sOffset, sDirection);
            }
        }

        if (h.QformCode > 0)
        {
            return (pixdim, h.QOffset, qRotation);
        }

        throw new ImageFormatException(path,
            "the sform has shear or a zero column and there is no qform to fall back on (PulmoPet needs orthogonal direction cosines)");
    }

    /// <summary>Splits a linear map into column lengths and normalised columns, when these are orthogonal.</summary>
    private static bool TryDecompose(Matrix3 linear, out Vector3D lengths, out Matrix3 direction)
    {
        Vector3D c0 = linear.Column(0), c1 = linear.Column(1), c2 = linear.Column(2);
        lengths = new Vector3D(c0.Length, c1.Length, c2.Length);
        direction = Matrix3.Identity;
        if (!lengths.IsFinite || !(lengths.X > 0 && lengths.Y > 0 && lengths.Z > 0))
        {
            return false;
        }

        direction = Matrix3.FromColumns(c0 / lengths.X, c1 / lengths.Y, c2 / lengths.Z);
        return direction.IsOrthonormal(OrthogonalityTolerance);
    }

    /// <summary>nifti1_io: a zero or non-finite pixdim is taken as 1; the sign of pixdim[1..3] carries no meaning.</summary>
    private static double Voxel(double pixdim) => double.IsFinite(pixdim) && pixdim != 0 ? Math.Abs(pixdim) : 1.0;

    /// <summary>xyzt_units bits 0–2 (nifti1.h XYZT_TO_SPACE): 1 metre, 2 mm, 3 µm; unknown (0) is taken as mm.</summary>
    private static double SpatialUnitInMm(int xyztUnits) => (xyztUnits & 0x07) switch
    {
        1 => 1000.0,
        3 => 0.001,
        _ => 1.0,
    };

    private static bool Near(double a, double b) => Math.Abs(a - b) <= AgreementTolerance * Math.Max(1.0, Math.Abs(a));

    private static double MaxAbs(Vector3D v) => Math.Max(Math.Abs(v.X), Math.Max(Math.Abs(v.Y), Math.Abs(v.Z)));
}
