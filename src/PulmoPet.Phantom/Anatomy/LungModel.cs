using PulmoPet.Imaging;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// The lungs as solids (cavity ∩ above the diaphragm ∩ below the apical dome ∩ lateral to the
/// mediastinum; organs painted later carve the cardiac and mediastinal impressions) and their lobes.
/// Fissures: the oblique (major) fissure runs from the posterior chest at about T4 down and forward to the
/// anterior diaphragm, steeper anteriorly, so it is a gently curved sheet z = f(y); the right horizontal
/// (minor) fissure is near-horizontal at the level of the fourth rib and meets the oblique fissure at the
/// mid-axillary line. Lower lobes lie posterior-inferior to the oblique fissure.
/// </summary>
public sealed class LungModel
{
    private readonly BodyHabitus _habitus;
    private readonly Quadratic _obliqueRight;
    private readonly Quadratic _obliqueLeft;
    private readonly double _horizontalZ;
    private readonly double _horizontalSlope;
    private readonly double _fissureTiltRight;
    private readonly double _fissureTiltLeft;

    public LungModel(BodyHabitus habitus, DeterministicRandom random)
    {
        _habitus = habitus;
        double s = habitus.HeightScale;
        double dc = habitus.CavityHalfDepth;
        _horizontalZ = (-28 + random.Normal(0, 5)) * s;
        _horizontalSlope = random.Uniform(-0.08, 0.12);

        double posteriorRight = (12 + random.Normal(0, 6)) * s;
        double posteriorLeft = posteriorRight + random.Uniform(0, 14) * s;
        double middleRight = _horizontalZ - random.Uniform(2, 8);
        double middleLeft = (-28 + random.Normal(0, 6)) * s;
        double anteriorRight = habitus.DiaphragmZ(-0.55 * habitus.CavityHalfWidth, -0.7 * dc) - 6;
        double anteriorLeft = habitus.DiaphragmZ(0.55 * habitus.CavityHalfWidth, -0.7 * dc) - 6;
        _obliqueRight = Quadratic.Through((dc, posteriorRight), (0, middleRight), (-0.7 * dc, anteriorRight));
        _obliqueLeft = Quadratic.Through((dc, posteriorLeft), (0, middleLeft), (-0.7 * dc, anteriorLeft));
        // In axial sections the oblique fissure runs from posteromedial to anterolateral: it is higher laterally.
        _fissureTiltRight = random.Uniform(0.2, 0.4);
        _fissureTiltLeft = random.Uniform(0.2, 0.4);

        Right = BuildShape(LungSide.Right);
        Left = BuildShape(LungSide.Left);
    }

    public IShape Right { get; }

    public IShape Left { get; }

    public IShape Shape(LungSide side) => side == LungSide.Right ? Right : Left;

    /// <summary>Half-width of the mediastinal gap between the lungs at (y, z); the anterior junction above the heart is narrow.</summary>
    public double MediastinumHalfWidth(double y, double z)
    {
        double anterior = Smoothstep(-0.2 * _habitus.CavityHalfDepth, -0.6 * _habitus.CavityHalfDepth, y);
        double upper = Smoothstep(-70 * _habitus.HeightScale, -40 * _habitus.HeightScale, z);
        return 10 - 6 * anterior * upper;
    }

    public Lobe LobeAt(LungSide side, Vector3D p)
    {
        if (side == LungSide.Right)
        {
            if (p.Z < ObliqueZ(side, p.X, p.Y))
            {
                return Lobe.RightLower;
            }

            return p.Z < HorizontalZ(p.Y) ? Lobe.RightMiddle : Lobe.RightUpper;
        }

        if (side == LungSide.Left)
        {
            return p.Z < ObliqueZ(side, p.X, p.Y) ? Lobe.LeftLower : Lobe.LeftUpper;
        }

        return Lobe.None;
    }

    public static LungSide SideOf(Lobe lobe) => lobe switch
    {
        Lobe.RightUpper or Lobe.RightMiddle or Lobe.RightLower => LungSide.Right,
        Lobe.LeftUpper or Lobe.LeftLower => LungSide.Left,
        _ => LungSide.None,
    };

    /// <summary>Distance in mm to the nearest fissure of the lung at <paramref name="p"/> (for drawing the pleural lines).</summary>
    public double FissureDistance(LungSide side, Vector3D p)
    {
        Quadratic oblique = side == LungSide.Right ? _obliqueRight : _obliqueLeft;
        double zf = ObliqueZ(side, p.X, p.Y);
        double slope = oblique.Derivative(p.Y);
        double distance = Math.Abs(p.Z - zf) / Math.Sqrt(1 + slope * slope);
        if (side == LungSide.Right && p.Z > zf)
        {
            double horizontal = Math.Abs(p.Z - HorizontalZ(p.Y)) / Math.Sqrt(1 + _horizontalSlope * _horizontalSlope);
            distance = Math.Min(distance, horizontal);
        }

        return distance;
    }

    private double ObliqueZ(LungSide side, double x, double y)
    {
        Quadratic oblique = side == LungSide.Right ? _obliqueRight : _obliqueLeft;
        double tilt = side == LungSide.Right ? _fissureTiltRight : _fissureTiltLeft;
        return oblique.At(y) + tilt * (Math.Abs(x) - 0.5 * _habitus.CavityHalfWidth);
    }

    private double HorizontalZ(double y) => _horizontalZ + _horizontalSlope * y;

    private IShape BuildShape(LungSide side)
    {
        BodyHabitus h = _habitus;
        double sign = side == LungSide.Right ? -1 : 1;
        double top = (side == LungSide.Right ? h.ApexZRight : h.ApexZLeft) + 2;
        var bounds = new Bounds(
            new Vector3D(side == LungSide.Right ? -h.CavityHalfWidth - 2 : 0, -h.CavityHalfDepth - 2, h.LungBaseZ - 2),
            new Vector3D(side == LungSide.Right ? 0 : h.CavityHalfWidth + 2, h.CavityHalfDepth + 2, top));
        return new FunctionShape(bounds, p =>
        {
            double d = h.CavitySignedDistance(p);
            d = Math.Max(d, h.AboveDiaphragmSignedDistance(p));
            d = Math.Max(d, h.ApexCapSignedDistance(side, p));
            double medial = MediastinumHalfWidth(p.Y, p.Z) - sign * p.X;
            return Math.Max(d, medial);
        });
    }

    private static double Smoothstep(double edge0, double edge1, double x)
    {
        double t = Math.Clamp((x - edge0) / (edge1 - edge0), 0, 1);
        return t * t * (3 - 2 * t);
    }

    /// <summary>z = c0 + c1·y + c2·y².</summary>
    private readonly record struct Quadratic(double C0, double C1, double C2)
    {
        public double At(double y) => C0 + C1 * y + C2 * y * y;

        public double Derivative(double y) => C1 + 2 * C2 * y;

        public static Quadratic Through((double Y, double Z) a, (double Y, double Z) b, (double Y, double Z) c)
        {
            // Lagrange form expanded into monomials.
            double da = (a.Y - b.Y) * (a.Y - c.Y);
            double db = (b.Y - a.Y) * (b.Y - c.Y);
            double dc = (c.Y - a.Y) * (c.Y - b.Y);
            double wa = a.Z / da, wb = b.Z / db, wc = c.Z / dc;
            double c2 = wa + wb + wc;
            double c1 = -(wa * (b.Y + c.Y) + wb * (a.Y + c.Y) + wc * (a.Y + b.Y));
            double c0 = wa * b.Y * c.Y + wb * a.Y * c.Y + wc * a.Y * b.Y;
            return new Quadratic(c0, c1, c2);
        }
    }
}
