using PulmoPet.Imaging;

namespace PulmoPet.Phantom.Shapes;

/// <summary>
/// A solid described by an (approximate) signed distance in millimetres: negative inside, zero on the
/// surface, positive outside. Only the sign and the value within about one voxel of the surface matter
/// (they set the partial-volume fraction), so cheap bounds of the true distance are good enough.
/// </summary>
public interface IShape
{
    /// <summary>An axis-aligned box in the phantom's body frame (mm) that holds the whole solid.</summary>
    Bounds Bounds { get; }

    double SignedDistance(Vector3D point);
}

/// <summary>An axis-aligned box in millimetres.</summary>
public readonly record struct Bounds(Vector3D Min, Vector3D Max)
{
    public static Bounds Around(Vector3D center, double radius) =>
        new(center - new Vector3D(radius, radius, radius), center + new Vector3D(radius, radius, radius));

    public static Bounds Around(Vector3D center, Vector3D halfExtent) => new(center - halfExtent, center + halfExtent);

    public bool IsEmpty => Min.X > Max.X || Min.Y > Max.Y || Min.Z > Max.Z;

    public Bounds Union(Bounds other) => new(
        new Vector3D(Math.Min(Min.X, other.Min.X), Math.Min(Min.Y, other.Min.Y), Math.Min(Min.Z, other.Min.Z)),
        new Vector3D(Math.Max(Max.X, other.Max.X), Math.Max(Max.Y, other.Max.Y), Math.Max(Max.Z, other.Max.Z)));

    public Bounds Intersect(Bounds other) => new(
        new Vector3D(Math.Max(Min.X, other.Min.X), Math.Max(Min.Y, other.Min.Y), Math.Max(Min.Z, other.Min.Z)),
        new Vector3D(Math.Min(Max.X, other.Max.X), Math.Min(Max.Y, other.Max.Y), Math.Min(Max.Z, other.Max.Z)));

    public Bounds Expand(double margin) => new(Min - new Vector3D(margin, margin, margin), Max + new Vector3D(margin, margin, margin));

    public bool Contains(Vector3D p) =>
        p.X >= Min.X && p.X <= Max.X && p.Y >= Min.Y && p.Y <= Max.Y && p.Z >= Min.Z && p.Z <= Max.Z;

    public Vector3D Center => (Min + Max) / 2;
}

/// <summary>
/// A shape made of many parts (a tube, a branching tree): the painter rasterises each part only over its
/// own bounds into a scratch distance buffer and takes the minimum, instead of evaluating every part at
/// every voxel of the union's bounds.
/// </summary>
public interface ICompositeShape : IShape
{
    IReadOnlyList<IShape> Parts { get; }
}
