namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Completes the direction cosines of a 1D or 2D image to a right-handed 3D frame.</summary>
internal static class DirectionBasis
{
    public static Matrix3 Complete(IReadOnlyList<Vector3D> unitColumns)
    {
        Vector3D x = unitColumns.Count > 0 ? unitColumns[0] : new Vector3D(1, 0, 0);
        Vector3D y = unitColumns.Count > 1 ? unitColumns[1] : AnyPerpendicular(x);
        Vector3D z = unitColumns.Count > 2 ? unitColumns[2] : x.Cross(y).Normalized();
        return Matrix3.FromColumns(x, y, z);
    }

    private static Vector3D AnyPerpendicular(Vector3D v)
    {
        Vector3D axis = Math.Abs(v.X) < 0.9 ? new Vector3D(1, 0, 0) : new Vector3D(0, 1, 0);
        Vector3D perpendicular = v.Cross(axis).Cross(v);
        return perpendicular.Normalized();
    }
}
