using PulmoPet.Imaging;

namespace PulmoPet.Phantom.Shapes;

/// <summary>The union of parts (minimum of distances), rasterised part by part (see <see cref="ICompositeShape"/>).</summary>
public sealed class ShapeUnion : ICompositeShape
{
    private readonly IShape[] _parts;

    public ShapeUnion(IEnumerable<IShape> parts)
    {
        _parts = parts.ToArray();
        if (_parts.Length == 0)
        {
            throw new ArgumentException("A union needs at least one part.", nameof(parts));
        }

        Bounds bounds = _parts[0].Bounds;
        for (int i = 1; i < _parts.Length; i++)
        {
            bounds = bounds.Union(_parts[i].Bounds);
        }

        Bounds = bounds;
    }

    public IReadOnlyList<IShape> Parts => _parts;

    public Bounds Bounds { get; }

    public double SignedDistance(Vector3D point)
    {
        double d = double.PositiveInfinity;
        foreach (IShape part in _parts)
        {
            if (part.Bounds.Expand(4).Contains(point))
            {
                d = Math.Min(d, part.SignedDistance(point));
            }
        }

        return double.IsPositiveInfinity(d) ? 4 : d;
    }
}

/// <summary>A solid cut by other solids: max(d_a, −d_b, …), e.g. a hollow shell or a lesion clipped by a fissure.</summary>
public sealed class ShapeDifference(IShape solid, params IShape[] removed) : IShape
{
    public Bounds Bounds => solid.Bounds;

    public double SignedDistance(Vector3D point)
    {
        double d = solid.SignedDistance(point);
        foreach (IShape cut in removed)
        {
            d = Math.Max(d, -cut.SignedDistance(point));
        }

        return d;
    }
}

/// <summary>A solid grown (positive <paramref name="offsetMm"/>) or shrunk (negative) by a margin.</summary>
public sealed class OffsetShape(IShape inner, double offsetMm) : IShape
{
    public Bounds Bounds { get; } = inner.Bounds.Expand(Math.Max(0, offsetMm));

    public double SignedDistance(Vector3D point) => inner.SignedDistance(point) - offsetMm;
}

/// <summary>An arbitrary solid given by a distance function and bounds, for one-off anatomical shapes.</summary>
public sealed class FunctionShape(Bounds bounds, Func<Vector3D, double> signedDistance) : IShape
{
    public Bounds Bounds { get; } = bounds;

    public double SignedDistance(Vector3D point) => signedDistance(point);
}

/// <summary>A box with rounded edges (half extents along the rows of the rotation <c>axes</c>), for the sternum.</summary>
public sealed class RoundedBox : IShape
{
    private readonly Vector3D _center;
    private readonly Vector3D _inner;
    private readonly double _rounding;
    private readonly Matrix3 _axes;

    public RoundedBox(Vector3D center, Vector3D halfExtents, double rounding, Matrix3 axes)
    {
        _center = center;
        _rounding = rounding;
        _axes = axes;
        _inner = halfExtents - new Vector3D(rounding, rounding, rounding);
        double r = halfExtents.Length;
        Bounds = Bounds.Around(center, r);
    }

    public Bounds Bounds { get; }

    public double SignedDistance(Vector3D point)
    {
        Vector3D q = _axes * (point - _center);
        var d = new Vector3D(Math.Abs(q.X) - _inner.X, Math.Abs(q.Y) - _inner.Y, Math.Abs(q.Z) - _inner.Z);
        var outside = new Vector3D(Math.Max(d.X, 0), Math.Max(d.Y, 0), Math.Max(d.Z, 0));
        return outside.Length + Math.Min(Math.Max(d.X, Math.Max(d.Y, d.Z)), 0) - _rounding;
    }
}

/// <summary>Helpers to build tubes along a centreline.</summary>
public static class Tube
{
    /// <summary>
    /// A tube along a Catmull–Rom spline through <paramref name="controlPoints"/>, radius interpolated
    /// linearly along the control points, as a union of short tapered capsules.
    /// </summary>
    public static ShapeUnion AlongSpline(IReadOnlyList<Vector3D> controlPoints, IReadOnlyList<double> radii, double segmentLengthMm = 8)
    {
        if (controlPoints.Count < 2 || radii.Count != controlPoints.Count)
        {
            throw new ArgumentException("A tube needs at least two control points and one radius per point.");
        }

        var parts = new List<IShape>();
        for (int i = 0; i < controlPoints.Count - 1; i++)
        {
            Vector3D p0 = controlPoints[Math.Max(0, i - 1)];
            Vector3D p1 = controlPoints[i];
            Vector3D p2 = controlPoints[i + 1];
            Vector3D p3 = controlPoints[Math.Min(controlPoints.Count - 1, i + 2)];
            int steps = Math.Max(1, (int)Math.Ceiling((p2 - p1).Length / segmentLengthMm));
            Vector3D previous = p1;
            double previousRadius = radii[i];
            for (int s = 1; s <= steps; s++)
            {
                double t = (double)s / steps;
                Vector3D point = CatmullRom(p0, p1, p2, p3, t);
                double radius = radii[i] + (radii[i + 1] - radii[i]) * t;
                parts.Add(new TaperedCapsule(previous, point, previousRadius, radius));
                previous = point;
                previousRadius = radius;
            }
        }

        return new ShapeUnion(parts);
    }

    /// <summary>A point on the uniform Catmull–Rom segment between <paramref name="p1"/> and <paramref name="p2"/>.</summary>
    public static Vector3D CatmullRom(Vector3D p0, Vector3D p1, Vector3D p2, Vector3D p3, double t)
    {
        double t2 = t * t;
        double t3 = t2 * t;
        return 0.5 * ((2 * p1) + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (3 * p1 - p0 - 3 * p2 + p3) * t3);
    }
}

/// <summary>The common part of solids: max of distances (e.g. an organ kept inside the abdominal cavity).</summary>
public sealed class ShapeIntersection : IShape
{
    private readonly IShape[] _parts;

    public ShapeIntersection(params IShape[] parts)
    {
        if (parts.Length == 0)
        {
            throw new ArgumentException("An intersection needs at least one part.", nameof(parts));
        }

        _parts = parts;
        Bounds bounds = parts[0].Bounds;
        for (int i = 1; i < parts.Length; i++)
        {
            bounds = bounds.Intersect(parts[i].Bounds);
        }

        Bounds = bounds;
    }

    public Bounds Bounds { get; }

    public double SignedDistance(Vector3D point)
    {
        double d = double.NegativeInfinity;
        foreach (IShape part in _parts)
        {
            d = Math.Max(d, part.SignedDistance(point));
        }

        return d;
    }
}

/// <summary>A cylinder along z with an elliptic cross-section and rounded caps: vertebral bodies, the spinal canal.</summary>
public sealed class EllipticCylinder : IShape
{
    private readonly Vector3D _center;
    private readonly double _rx;
    private readonly double _ry;
    private readonly double _halfHeight;

    public EllipticCylinder(Vector3D center, double radiusX, double radiusY, double halfHeight)
    {
        _center = center;
        _rx = radiusX;
        _ry = radiusY;
        _halfHeight = halfHeight;
        Bounds = Bounds.Around(center, new Vector3D(radiusX, radiusY, halfHeight));
    }

    public Bounds Bounds { get; }

    public double SignedDistance(Vector3D point)
    {
        Vector3D q = point - _center;
        double radial = Planar.EllipseDistance(q.X, q.Y, _rx, _ry);
        double axial = Math.Abs(q.Z) - _halfHeight;
        double outsideRadial = Math.Max(radial, 0);
        double outsideAxial = Math.Max(axial, 0);
        return Math.Min(Math.Max(radial, axial), 0) + Math.Sqrt(outsideRadial * outsideRadial + outsideAxial * outsideAxial);
    }
}

/// <summary>Two-dimensional distance approximations for cross-sections.</summary>
public static class Planar
{
    /// <summary>Approximate signed distance to the ellipse with semi-axes (a, b) centred at the origin.</summary>
    public static double EllipseDistance(double dx, double dy, double a, double b) => SuperEllipseDistance(dx, dy, a, b, 0);

    /// <summary>
    /// Approximate signed distance (G − 1)/|∇G| to a rounded rectangle-like curve G = 1, where G blends the
    /// ellipse norm (squareness 0) and the 4-norm (squareness 1). Both norms are 1-homogeneous, so the
    /// boundary point along a direction is direction / G(direction) (see <see cref="BoundaryRadius"/>).
    /// </summary>
    public static double SuperEllipseDistance(double dx, double dy, double a, double b, double squareness)
    {
        double u = Math.Abs(dx) / a;
        double v = Math.Abs(dy) / b;
        double u2 = u * u;
        double v2 = v * v;
        double g2 = Math.Sqrt(u2 + v2);
        if (g2 < 1e-12)
        {
            return -Math.Min(a, b);
        }

        double g4 = Math.Sqrt(Math.Sqrt(u2 * u2 + v2 * v2));
        double q = squareness;
        double g = (1 - q) * g2 + q * g4;
        double g4Cubed = g4 * g4 * g4;
        double gx = (1 - q) * u / (a * g2) + q * u2 * u / (a * g4Cubed);
        double gy = (1 - q) * v / (b * g2) + q * v2 * v / (b * g4Cubed);
        return (g - 1) / Math.Sqrt(gx * gx + gy * gy);
    }

    /// <summary>Distance from the centre to the curve of <see cref="SuperEllipseDistance"/> along the unit direction (ux, uy).</summary>
    public static double BoundaryRadius(double ux, double uy, double a, double b, double squareness)
    {
        double u = Math.Abs(ux) / a;
        double v = Math.Abs(uy) / b;
        double g2 = Math.Sqrt(u * u + v * v);
        double g4 = Math.Sqrt(Math.Sqrt(u * u * u * u + v * v * v * v));
        return 1.0 / ((1 - squareness) * g2 + squareness * g4);
    }
}

/// <summary>
/// A solid with the same cross-section at every height within its bounds
/// (the body outline): the painter evaluates the cross-section once and reuses it for every slice.
/// </summary>
public sealed class PrismShape(Bounds bounds, Func<double, double, double> crossSection) : IShape
{
    public Bounds Bounds { get; } = bounds;

    /// <summary>Signed distance to the cross-section in the axial plane.</summary>
    public double CrossSectionDistance(double x, double y) => crossSection(x, y);

    public double SignedDistance(Vector3D point) =>
        Math.Max(crossSection(point.X, point.Y), Math.Max(Bounds.Min.Z - point.Z, point.Z - Bounds.Max.Z));
}
