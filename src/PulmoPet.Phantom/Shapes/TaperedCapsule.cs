using PulmoPet.Imaging;

namespace PulmoPet.Phantom.Shapes;

/// <summary>
/// A segment from <see cref="Start"/> to <see cref="End"/> swept by a sphere whose radius varies linearly
/// from <see cref="StartRadius"/> to <see cref="EndRadius"/>: vessels, bronchi, ribs, spicules. The distance
/// is to the radius at the nearest axis point, a close bound for the gentle tapers used here.
/// </summary>
public sealed class TaperedCapsule : IShape
{
    private readonly Vector3D _axis;
    private readonly double _inverseLength2;

    public TaperedCapsule(Vector3D start, Vector3D end, double startRadius, double endRadius)
    {
        Start = start;
        End = end;
        StartRadius = startRadius;
        EndRadius = endRadius;
        _axis = end - start;
        double length2 = _axis.Dot(_axis);
        _inverseLength2 = length2 > 1e-12 ? 1.0 / length2 : 0.0;
        Bounds = Bounds.Around(start, startRadius).Union(Bounds.Around(end, endRadius));
    }

    public TaperedCapsule(Vector3D start, Vector3D end, double radius)
        : this(start, end, radius, radius)
    {
    }

    public Vector3D Start { get; }

    public Vector3D End { get; }

    public double StartRadius { get; }

    public double EndRadius { get; }

    public double Length => _axis.Length;

    public Bounds Bounds { get; }

    public double SignedDistance(Vector3D point)
    {
        Vector3D d = point - Start;
        double t = Math.Clamp(d.Dot(_axis) * _inverseLength2, 0.0, 1.0);
        Vector3D nearest = d - _axis * t;
        return nearest.Length - (StartRadius + (EndRadius - StartRadius) * t);
    }
}
