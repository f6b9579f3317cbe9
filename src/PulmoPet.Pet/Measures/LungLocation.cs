using PulmoPet.Imaging;
using PulmoPet.Pet.Lungs;

namespace PulmoPet.Pet.Measures;

/// <summary>Where a lesion lies: lung side, cranio-caudal zone and central or peripheral position.</summary>
public sealed record LesionLocation(string Side, string Zone, string CentralPeripheral);

/// <summary>
/// Locates lesions in a lung label map (1 right, 2 left):
/// <list type="bullet">
/// <item>side: the lung label most of the lesion's voxels carry; a lesion outside both (pleural, in the
/// search margin) takes the lung whose nearest voxel is closest to its centroid;</item>
/// <item>zone: upper, middle or lower third of that lung's cranio-caudal extent (world z of its voxels),
/// by the lesion centroid's z;</item>
/// <item>central or peripheral: in the axial slice of the centroid, central when the centroid lies in the
/// inner (medial) third of that lung's left–right extent, the usual "inner third of the hemithorax"
/// definition of a central tumour; peripheral otherwise.</item>
/// </list>
/// </summary>
public sealed class LungLocation
{
    private readonly Volume<byte> _lungs;
    private readonly double[] _zMin = new double[3];
    private readonly double[] _zMax = new double[3];
    private readonly double _midlineX;

    public LungLocation(Volume<byte> lungs)
    {
        _lungs = lungs;
        var geometry = lungs.Geometry;
        var sumX = new double[3];
        var count = new long[3];
        Array.Fill(_zMin, double.PositiveInfinity);
        Array.Fill(_zMax, double.NegativeInfinity);
        var size = lungs.Size;
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    byte label = lungs.Voxels[i];
                    if (label is not (LungLabel.Right or LungLabel.Left))
                    {
                        continue;
                    }

                    var w = geometry.IndexToWorld(x, y, z);
                    sumX[label] += w.X;
                    count[label]++;
                    _zMin[label] = Math.Min(_zMin[label], w.Z);
                    _zMax[label] = Math.Max(_zMax[label], w.Z);
                }
            }
        }

        HasRight = count[LungLabel.Right] > 0;
        HasLeft = count[LungLabel.Left] > 0;
        _midlineX = HasRight && HasLeft
            ? (sumX[LungLabel.Right] / count[LungLabel.Right] + sumX[LungLabel.Left] / count[LungLabel.Left]) / 2
            : double.NaN;
    }

    public bool HasRight { get; }

    public bool HasLeft { get; }

    public LesionLocation Locate(IReadOnlyList<int> voxels, Vector3D centroidWorld)
    {
        byte side = MajoritySide(voxels);
        if (side == LungLabel.Background)
        {
            side = NearestSide(centroidWorld);
        }

        if (side == LungLabel.Background)
        {
            return new LesionLocation("none", "none", "none");
        }

        return new LesionLocation(LungLabel.SideName(side), Zone(side, centroidWorld.Z), CentralOrPeripheral(side, centroidWorld));
    }

    private byte MajoritySide(IReadOnlyList<int> voxels)
    {
        int right = 0, left = 0;
        foreach (int i in voxels)
        {
            right += _lungs.Voxels[i] == LungLabel.Right ? 1 : 0;
            left += _lungs.Voxels[i] == LungLabel.Left ? 1 : 0;
        }

        return right == 0 && left == 0 ? LungLabel.Background : left > right ? LungLabel.Left : LungLabel.Right;
    }

    private byte NearestSide(Vector3D point)
    {
        var geometry = _lungs.Geometry;
        double best = double.PositiveInfinity;
        byte side = LungLabel.Background;
        var size = _lungs.Size;
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    byte label = _lungs.Voxels[i];
                    if (label is LungLabel.Right or LungLabel.Left)
                    {
                        var d = geometry.IndexToWorld(x, y, z) - point;
                        double d2 = d.Dot(d);
                        if (d2 < best)
                        {
                            best = d2;
                            side = label;
                        }
                    }
                }
            }
        }

        return side;
    }

    private string Zone(byte side, double z)
    {
        double low = _zMin[side], high = _zMax[side];
        double third = (high - low) / 3;
        return z > high - third ? "upper" : z < low + third ? "lower" : "middle";
    }

    private string CentralOrPeripheral(byte side, Vector3D centroid)
    {
        var geometry = _lungs.Geometry;
        var index = geometry.WorldToIndex(centroid);
        int z = Math.Clamp((int)Math.Round(index.Z), 0, _lungs.Size.Z - 1);
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity;
        var size = _lungs.Size;
        for (int y = 0; y < size.Y; y++)
        {
            for (int x = 0; x < size.X; x++)
            {
                if (_lungs[x, y, z] == side)
                {
                    double wx = geometry.IndexToWorld(x, y, z).X;
                    minX = Math.Min(minX, wx);
                    maxX = Math.Max(maxX, wx);
                }
            }
        }

        if (!(maxX >= minX))
        {
            return "peripheral";
        }

        // LPS: +x is patient left, so the right lung's medial edge is its largest x, the left lung's its smallest.
        double medial = double.IsNaN(_midlineX)
            ? (side == LungLabel.Right ? maxX : minX)
            : (Math.Abs(maxX - _midlineX) < Math.Abs(minX - _midlineX) ? maxX : minX);
        double lateral = medial == maxX ? minX : maxX;
        double width = Math.Abs(lateral - medial);
        double depth = Math.Abs(centroid.X - medial);
        return width > 0 && depth < width / 3 ? "central" : "peripheral";
    }
}
