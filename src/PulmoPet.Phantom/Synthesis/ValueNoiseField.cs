using PulmoPet.Imaging;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Synthesis;

/// <summary>
/// Smooth random texture: uniform random values in [−1, 1] on a lattice of <see cref="CellMm"/> cells,
/// interpolated with smoothstep weights (value noise). Gives the mottled lung parenchyma and lesion
/// heterogeneity at a cost of one trilinear lookup per voxel.
/// </summary>
public sealed class ValueNoiseField
{
    private readonly float[] _values;
    private readonly int _nx;
    private readonly int _ny;
    private readonly int _nz;
    private readonly Vector3D _origin;

    public ValueNoiseField(Bounds bounds, double cellMm, DeterministicRandom random)
    {
        CellMm = cellMm;
        _origin = bounds.Min - new Vector3D(cellMm, cellMm, cellMm);
        _nx = (int)Math.Ceiling((bounds.Max.X - bounds.Min.X) / cellMm) + 3;
        _ny = (int)Math.Ceiling((bounds.Max.Y - bounds.Min.Y) / cellMm) + 3;
        _nz = (int)Math.Ceiling((bounds.Max.Z - bounds.Min.Z) / cellMm) + 3;
        _values = new float[_nx * _ny * _nz];
        for (int i = 0; i < _values.Length; i++)
        {
            _values[i] = (float)random.Uniform(-1, 1);
        }
    }

    public double CellMm { get; }

    /// <summary>The texture at <paramref name="p"/>, in [−1, 1] (points outside the bounds are clamped to the edge).</summary>
    public double Sample(Vector3D p)
    {
        double fx = Math.Clamp((p.X - _origin.X) / CellMm, 0, _nx - 1.001);
        double fy = Math.Clamp((p.Y - _origin.Y) / CellMm, 0, _ny - 1.001);
        double fz = Math.Clamp((p.Z - _origin.Z) / CellMm, 0, _nz - 1.001);
        int x = (int)fx, y = (int)fy, z = (int)fz;
        double tx = Smooth(fx - x), ty = Smooth(fy - y), tz = Smooth(fz - z);
        int i000 = (z * _ny + y) * _nx + x;
        int dy = _nx;
        int dz = _nx * _ny;
        double c00 = Lerp(_values[i000], _values[i000 + 1], tx);
        double c10 = Lerp(_values[i000 + dy], _values[i000 + dy + 1], tx);
        double c01 = Lerp(_values[i000 + dz], _values[i000 + dz + 1], tx);
        double c11 = Lerp(_values[i000 + dz + dy], _values[i000 + dz + dy + 1], tx);
        return Lerp(Lerp(c00, c10, ty), Lerp(c01, c11, ty), tz);
    }

    private static double Smooth(double t) => t * t * (3 - 2 * t);

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
