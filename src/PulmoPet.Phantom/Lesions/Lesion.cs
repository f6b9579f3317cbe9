using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Shapes;
using PulmoPet.Phantom.Synthesis;

namespace PulmoPet.Phantom.Lesions;

/// <summary>How a lesion's outline looks.</summary>
public enum LesionMorphology
{
    /// <summary>Round or ovoid with a smooth, well-defined margin.</summary>
    Round,
    /// <summary>Bumpy, lobulated margin.</summary>
    Lobulated,
    /// <summary>Lobulated with thin strands radiating into the lung (corona radiata).</summary>
    Spiculated,
    /// <summary>Confluent ovoid masses along a bronchovascular bundle, with air bronchograms.</summary>
    Consolidation,
}

/// <summary>
/// An ellipsoid whose radius is modulated over directions by smooth bumps exp(κ(u·d − 1)) (positive:
/// lobulation, negative: notches).
/// </summary>
internal sealed class LobulatedEllipsoid
{
    private readonly Vector3D _center;
    private readonly Vector3D _inverseRadii;
    private readonly Matrix3 _axes;
    private readonly double _meanRadius;
    private readonly (Vector3D Direction, double Amplitude, double Concentration)[] _bumps;

    public LobulatedEllipsoid(Vector3D center, Vector3D radii, Matrix3 axes, (Vector3D Direction, double Amplitude, double Concentration)[] bumps)
    {
        _center = center;
        Radii = radii;
        _axes = axes;
        _inverseRadii = new Vector3D(1 / radii.X, 1 / radii.Y, 1 / radii.Z);
        _meanRadius = Math.Cbrt(radii.X * radii.Y * radii.Z);
        _bumps = bumps;
        double grow = 1 + bumps.Sum(b => Math.Max(0, b.Amplitude));
        double reach = Math.Max(radii.X, Math.Max(radii.Y, radii.Z)) * grow;
        Bounds = Bounds.Around(center, reach);
    }

    public Vector3D Radii { get; }

    public Bounds Bounds { get; }

    /// <summary>Signed distance (mm, approximate) and the relative radius ρ (0 at the centre, 1 on the surface).</summary>
    public double SignedDistance(Vector3D p, out double relativeRadius)
    {
        Vector3D q = (_axes * (p - _center)).Scale(_inverseRadii);
        double rho = q.Length;
        if (rho < 1e-9)
        {
            relativeRadius = 0;
            return -_meanRadius;
        }

        Vector3D u = q / rho;
        double surface = 1;
        foreach ((Vector3D d, double a, double k) in _bumps)
        {
            surface += a * Math.Exp(k * (u.Dot(d) - 1));
        }

        surface = Math.Max(surface, 0.3);
        relativeRadius = rho / surface;
        return (rho - surface) * _meanRadius;
    }
}

/// <summary>
/// One synthetic lesion: its solid (lobulated ellipsoids, optional spicules), where it lies, and its CT
/// and FDG appearance. Positions are in the phantom's body frame.
/// </summary>
public sealed class Lesion : IShape
{
    private readonly LobulatedEllipsoid[] _components;
    private readonly TaperedCapsule[] _spicules;
    private readonly (Vector3D Center, double Radius)[] _calcifications;
    private readonly (Vector3D Center, double Sigma, double Amplitude)[] _hotSpots;

    internal Lesion(
        LesionClass lesionClass,
        LungSide side,
        Vector3D center,
        double nominalDiameterMm,
        LesionMorphology morphology,
        LobulatedEllipsoid[] components,
        TaperedCapsule[] spicules,
        (Vector3D Center, double Radius)[] calcifications,
        LesionAppearance appearance,
        bool designedJuxtapleural)
    {
        Class = lesionClass;
        Side = side;
        Center = center;
        NominalDiameterMm = nominalDiameterMm;
        Morphology = morphology;
        _components = components;
        _spicules = spicules;
        _calcifications = calcifications;
        Appearance = appearance;
        DesignedJuxtapleural = designedJuxtapleural;
        _hotSpots = appearance.HotSpots;
        Bounds bounds = components[0].Bounds;
        foreach (LobulatedEllipsoid c in components)
        {
            bounds = bounds.Union(c.Bounds);
        }

        foreach (TaperedCapsule s in spicules)
        {
            bounds = bounds.Union(s.Bounds);
        }

        Bounds = bounds;
        Vector3D half = (bounds.Max - bounds.Min) / 2;
        BoundingRadius = Math.Max(half.Length, (bounds.Center - center).Length + half.Length);
    }

    /// <summary>Instance label, 1..n in order of placement.</summary>
    public int Id { get; internal set; }

    public LesionClass Class { get; }

    public LungSide Side { get; }

    public Vector3D Center { get; }

    /// <summary>Designed diameter: twice the largest semi-axis of the main body, spicules excluded.</summary>
    public double NominalDiameterMm { get; }

    public LesionMorphology Morphology { get; }

    public LesionAppearance Appearance { get; }

    public bool DesignedJuxtapleural { get; }

    public bool IsCalcified => _calcifications.Length > 0;

    public bool IsNecrotic => Appearance.NecroticCoreFraction > 0;

    public bool HasAirBronchograms => Morphology == LesionMorphology.Consolidation;

    /// <summary>Radius of a sphere around <see cref="Center"/> holding the whole lesion.</summary>
    public double BoundingRadius { get; }

    public Bounds Bounds { get; }

    public double SignedDistance(Vector3D point) => SignedDistance(point, out _, out _);

    /// <summary>The distance to the lesion, the relative radius in its main body and whether the point is in a spicule only.</summary>
    public double SignedDistance(Vector3D point, out double relativeRadius, out bool spiculeOnly)
    {
        double d = double.PositiveInfinity;
        relativeRadius = double.PositiveInfinity;
        foreach (LobulatedEllipsoid component in _components)
        {
            double dc = component.SignedDistance(point, out double rho);
            if (dc < d)
            {
                d = dc;
            }

            relativeRadius = Math.Min(relativeRadius, rho);
        }

        double body = d;
        foreach (TaperedCapsule spicule in _spicules)
        {
            d = Math.Min(d, spicule.SignedDistance(point));
        }

        spiculeOnly = body > 0 && d < body;
        return d;
    }

    /// <summary>
    /// The relative FDG uptake pattern at <paramref name="p"/> (scaled later so the lesion's SUVmax is
    /// exactly <see cref="LesionAppearance.SuvMax"/>): base level, a central peak, hot spots, texture, a
    /// cold necrotic core; spicules take up little.
    /// </summary>
    public double UptakePattern(Vector3D p, ValueNoiseField texture)
    {
        SignedDistance(p, out double rho, out bool spiculeOnly);
        LesionAppearance a = Appearance;
        double r = Math.Min(rho, 1);
        double value = a.BaseUptake + a.CentralPeak * (1 - r * r);
        foreach ((Vector3D c, double sigma, double amplitude) in _hotSpots)
        {
            double d2 = (p - c).Dot(p - c);
            value += amplitude * Math.Exp(-d2 / (2 * sigma * sigma));
        }

        value += a.UptakeTexture * texture.Sample(p + a.TextureOffset);
        if (a.NecroticCoreFraction > 0)
        {
            double t = Smoothstep(a.NecroticCoreFraction - 0.12, a.NecroticCoreFraction + 0.08, r);
            value *= a.NecroticUptake + (1 - a.NecroticUptake) * t;
        }

        if (spiculeOnly)
        {
            value *= 0.5;
        }

        return Math.Max(0.05, value);
    }

    /// <summary>The CT number of the lesion's tissue at <paramref name="p"/>; <paramref name="rampWidth"/> sets the calcification edges.</summary>
    public double Hu(Vector3D p, ValueNoiseField texture, double rampWidth)
    {
        LesionAppearance a = Appearance;
        double hu = a.SolidHu + 8 * texture.Sample(p - a.TextureOffset);
        if (a.NecroticCoreFraction > 0)
        {
            SignedDistance(p, out double rho, out _);
            double t = Smoothstep(a.NecroticCoreFraction - 0.12, a.NecroticCoreFraction + 0.08, Math.Min(rho, 1));
            hu -= a.NecroticHuDrop * (1 - t);
        }

        foreach ((Vector3D c, double radius) in _calcifications)
        {
            double alpha = Math.Clamp(0.5 - ((p - c).Length - radius) / rampWidth, 0, 1);
            if (alpha > 0)
            {
                hu += (a.CalcificationHu - hu) * alpha;
            }
        }

        return hu;
    }

    private static double Smoothstep(double edge0, double edge1, double x)
    {
        double t = Math.Clamp((x - edge0) / (edge1 - edge0), 0, 1);
        return t * t * (3 - 2 * t);
    }
}

/// <summary>A lesion's CT and FDG appearance parameters.</summary>
public sealed record LesionAppearance
{
    /// <summary>The lesion's true SUVmax (of the activity, before PSF and noise).</summary>
    public required double SuvMax { get; init; }

    public required double SolidHu { get; init; }

    public double BaseUptake { get; init; } = 0.8;

    public double CentralPeak { get; init; } = 0.2;

    public double UptakeTexture { get; init; } = 0.05;

    internal (Vector3D Center, double Sigma, double Amplitude)[] HotSpots { get; init; } = [];

    internal Vector3D TextureOffset { get; init; }

    /// <summary>Relative radius of the necrotic core (0: none).</summary>
    public double NecroticCoreFraction { get; init; }

    /// <summary>Uptake of the necrotic core relative to the viable rim.</summary>
    public double NecroticUptake { get; init; } = 1;

    public double NecroticHuDrop { get; init; }

    public double CalcificationHu { get; init; } = 600;
}
