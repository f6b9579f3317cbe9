using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Rendering;

namespace PulmoPet.Phantom.Lesions;

/// <summary>Where a point lies in its lung: craniocaudal third and radial (hilum-to-pleura) third.</summary>
public enum CraniocaudalZone
{
    Upper,
    Middle,
    Lower,
}

public enum RadialZone
{
    /// <summary>Inner third from the hilum.</summary>
    Central,
    Intermediate,
    /// <summary>Outer third, next to the pleura.</summary>
    Peripheral,
}

/// <summary>
/// Lookups on the painted lungs used to place and describe lesions: the lung region, its craniocaudal
/// extent per side, and the relative depth of a point along the ray from the hilum to the pleura.
/// </summary>
internal sealed class LungGeometry
{
    private readonly TissueMap _map;
    private readonly MediastinalLandmarks _landmarks;
    private readonly double[] _zMin = new double[3];
    private readonly double[] _zMax = new double[3];

    public LungGeometry(TissueMap map, LungModel lungs, MediastinalLandmarks landmarks)
    {
        _map = map;
        Lungs = lungs;
        _landmarks = landmarks;
        ImageGeometry g = map.Grid;
        int[] zLo = [int.MaxValue, int.MaxValue, int.MaxValue];
        int[] zHi = [-1, -1, -1];
        int plane = g.Size.X * g.Size.Y;
        for (int z = 0; z < g.Size.Z; z++)
        {
            ReadOnlySpan<byte> slice = map.Side.AsSpan(z * plane, plane);
            for (int side = 1; side <= 2; side++)
            {
                if (slice.IndexOf((byte)side) >= 0)
                {
                    zLo[side] = Math.Min(zLo[side], z);
                    zHi[side] = Math.Max(zHi[side], z);
                }
            }
        }

        for (int side = 1; side <= 2; side++)
        {
            _zMin[side] = zHi[side] < 0 ? 0 : g.Origin.Z + zLo[side] * g.Spacing.Z;
            _zMax[side] = zHi[side] < 0 ? 0 : g.Origin.Z + zHi[side] * g.Spacing.Z;
        }

        Bounds = lungs.Right.Bounds.Union(lungs.Left.Bounds);
    }

    public LungModel Lungs { get; }

    public Shapes.Bounds Bounds { get; }

    public TissueMap Map => _map;

    public Vector3D Hilum(LungSide side) => _landmarks.Hilum(side);

    /// <summary>Height within the lung of that side: 0 at its lowest voxel, 1 at the apex.</summary>
    public double RelativeHeight(LungSide side, double z)
    {
        double lo = _zMin[(int)side];
        double hi = _zMax[(int)side];
        return hi > lo ? Math.Clamp((z - lo) / (hi - lo), 0, 1) : 0.5;
    }

    public CraniocaudalZone CraniocaudalZoneOf(LungSide side, double z)
    {
        double t = RelativeHeight(side, z);
        return t >= 2.0 / 3 ? CraniocaudalZone.Upper : t >= 1.0 / 3 ? CraniocaudalZone.Middle : CraniocaudalZone.Lower;
    }

    /// <summary>
    /// Distance from the hilum to <paramref name="p"/> divided by the distance from the hilum to where that
    /// ray leaves the lung beyond <paramref name="p"/>: 0 at the hilum, 1 at the pleura.
    /// </summary>
    public double RadialDepth(LungSide side, Vector3D p)
    {
        Vector3D hilum = Hilum(side);
        Vector3D ray = p - hilum;
        double distance = ray.Length;
        if (distance < 1e-6)
        {
            return 0;
        }

        Vector3D direction = ray / distance;
        double step = 0.5 * _map.Grid.Spacing.X;
        double t = distance;
        for (int i = 0; i < 2000; i++)
        {
            t += step;
            if (_map.SideAt(hilum + direction * t) != side)
            {
                break;
            }
        }

        return Math.Clamp(distance / t, 0, 1);
    }

    public RadialZone RadialZoneOf(LungSide side, Vector3D p)
    {
        double depth = RadialDepth(side, p);
        return depth >= 2.0 / 3 ? RadialZone.Peripheral : depth >= 1.0 / 3 ? RadialZone.Intermediate : RadialZone.Central;
    }
}
