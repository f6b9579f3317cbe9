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

    /// <summary>The texture at <paramref name="p"/>, in [−1, 1]; the lattice repeats periodically, so any point has a value.</summary>
    public double Sample(Vector3D p)
    {
        double fx = (p.X - _origin.X) / CellMm;
        double fy = (p.Y - _origin.Y) / CellMm;
        double fz = (p.Z - _origin.Z) / CellMm;
        double x0 = Math.Floor(fx), y0 = Math.Floor(fy), z0 = Math.Floor(fz);
        double tx = Smooth(fx - x0), ty = Smooth(fy - y0), tz = Smooth(fz - z0);
        int xa = Wrap(x0, _nx), xb = xa + 1 == _nx ? 0 : xa + 1;
        int ia = Wrap(y0, _ny), ib = ia + 1 == _ny ? 0 : ia + 1;
        int ka = Wrap(z0, _nz), kb = ka + 1 == _nz ? 0 : ka + 1;
        int ya = ia * _nx, yb = ib * _nx;
        int za = ka * _nx * _ny, zb = kb * _nx * _ny;
        double c00 = Lerp(_values[za + ya + xa], _values[za + ya + xb], tx);
        double c10 = Lerp(_values[za + yb + xa], _values[za + yb + xb], tx);
        double c01 = Lerp(_values[zb + ya + xa], _values[zb + ya + xb], tx);
        double c11 = Lerp(_values[zb + yb + xa], _values[zb + yb + xb], tx);
        return Lerp(Lerp(c00, c10, ty), Lerp(c01, c11, ty), tz);
    }

    private static int Wrap(double cell, int count)
    {
        long i = (long)cell % count;
        return (int)(i < 0 ? i + count : i);
    }

    private static double Smooth(double t) => t * t * (3 - 2 * t);

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
