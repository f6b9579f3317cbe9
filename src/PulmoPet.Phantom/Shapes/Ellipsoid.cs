using PulmoPet.Imaging;

namespace PulmoPet.Phantom.Shapes;

/// <summary>
/// An ellipsoid with semi-axes <see cref="Radii"/> along the rows of <see cref="Axes"/> (an orthonormal
/// rotation, body frame → local). The distance is Quílez's first-order bound k0·(k0−1)/k1, exact on the
/// surface and on spheres.
/// </summary>
public sealed class Ellipsoid : IShape
{
    private readonly Vector3D _inverseRadii;
    private readonly Vector3D _inverseRadii2;

    public Ellipsoid(Vector3D center, Vector3D radii)
        : this(center, radii, Matrix3.Identity)
    {
    }

    public Ellipsoid(Vector3D center, Vector3D radii, Matrix3 axes)
    {
        Center = center;
        Radii = radii;
        Axes = axes;
        _inverseRadii = new Vector3D(1 / radii.X, 1 / radii.Y, 1 / radii.Z);
        _inverseRadii2 = _inverseRadii.Scale(_inverseRadii);
        // The world extent along each axis: sqrt(Σ (R_ij r_j)²) over the local axes (columns of Rᵀ).
        Matrix3 toWorld = axes.Transpose();
        var half = new Vector3D(
            Math.Sqrt(Sq(toWorld.M00 * radii.X) + Sq(toWorld.M01 * radii.Y) + Sq(toWorld.M02 * radii.Z)),
            Math.Sqrt(Sq(toWorld.M10 * radii.X) + Sq(toWorld.M11 * radii.Y) + Sq(toWorld.M12 * radii.Z)),
            Math.Sqrt(Sq(toWorld.M20 * radii.X) + Sq(toWorld.M21 * radii.Y) + Sq(toWorld.M22 * radii.Z)));
        Bounds = Bounds.Around(center, half);
    }

    public Vector3D Center { get; }

    public Vector3D Radii { get; }

    public Matrix3 Axes { get; }

    public Bounds Bounds { get; }

    public double SignedDistance(Vector3D point)
    {
        Vector3D q = Axes * (point - Center);
        double k0 = q.Scale(_inverseRadii).Length;
        double k1 = q.Scale(_inverseRadii2).Length;
        if (k1 < 1e-12)
        {
            return -Math.Min(Radii.X, Math.Min(Radii.Y, Radii.Z));
        }

        return k0 * (k0 - 1.0) / k1;
    }

    /// <summary>A rotation whose first row is the unit vector <paramref name="axis"/> (the ellipsoid's first semi-axis along it).</summary>
    public static Matrix3 AxesAlong(Vector3D axis, Vector3D hint)
    {
        Vector3D u = axis.Normalized();
        Vector3D v = hint - u * hint.Dot(u);
        if (v.Length < 1e-6)
        {
            v = Math.Abs(u.X) < 0.9 ? new Vector3D(1, 0, 0) : new Vector3D(0, 1, 0);
            v -= u * v.Dot(u);
        }

        v = v.Normalized();
        Vector3D w = u.Cross(v);
        return new Matrix3(u.X, u.Y, u.Z, v.X, v.Y, v.Z, w.X, w.Y, w.Z);
    }

    private static double Sq(double v) => v * v;
}
