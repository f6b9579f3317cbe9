using PulmoPet.Imaging;
using PulmoPet.Phantom.Clinical;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// The patient's body frame and build: thoracic cavity, chest wall, fat, lung apices and diaphragm.
/// Body frame: LPS millimetres with x = 0 on the midline, y = 0 at the centre of the thoracic cavity,
/// z = 0 at the carina; the generator adds a table offset to reach scanner (world) coordinates.
/// Round numbers are adult averages: thoracic cavity ≈ 25 × 18 cm at the lower chest, carina at T4/T5,
/// right hemidiaphragm ≈ 1.5 cm above the left, costophrenic recesses deepest posteriorly.
/// </summary>
public sealed class BodyHabitus
{
    /// <summary>How rectangular the cavity cross-section is (0 ellipse, 1 rounded square).</summary>
    public const double CavitySquareness = 0.25;

    /// <summary>How rectangular the body outline is: the back is flattened on the table.</summary>
    public const double BodySquareness = 0.4;

    public const double DiaphragmThicknessMm = 5;

    private double _kx;
    private double _kyPosterior;
    private double _kyAnterior;

    private BodyHabitus()
    {
    }

    /// <summary>Craniocaudal scale from the patient's height (1 at 172 cm).</summary>
    public double HeightScale { get; private set; }

    public double CavityHalfWidth { get; private set; }

    public double CavityHalfDepth { get; private set; }

    public double AnteriorWall { get; private set; }

    public double LateralWall { get; private set; }

    public double PosteriorWall { get; private set; }

    public double FatThickness { get; private set; }

    public double BodyHalfWidth { get; private set; }

    public double BodyHalfDepth { get; private set; }

    public double BodyCenterY { get; private set; }

    public double ApexZRight { get; private set; }

    public double ApexZLeft { get; private set; }

    /// <summary>Radius of curvature of the apical domes.</summary>
    public double ApexRadius { get; private set; }

    public double DomeZRight { get; private set; }

    public double DomeZLeft { get; private set; }

    public double PosteriorRecessDrop { get; private set; }

    public double LateralRecessDrop { get; private set; }

    public double AnteriorRecessDrop { get; private set; }

    /// <summary>The lowest point of the lung bases (posterior costophrenic recess).</summary>
    public double LungBaseZ { get; private set; }

    /// <summary>Top and bottom of the scan range (voxel centres lie within).</summary>
    public double ScanTopZ { get; private set; }

    public double ScanBottomZ { get; private set; }

    public double DomeY => -0.1 * CavityHalfDepth;

    public static BodyHabitus Sample(ClinicalRecord clinical, DeterministicRandom random, Vector3D fieldOfViewMm)
    {
        bool male = clinical.Sex == Sex.Male;
        double bmi = clinical.BodyMassIndex;
        var h = new BodyHabitus
        {
            HeightScale = Math.Clamp(clinical.HeightCm / 172.0 * random.Normal(1, 0.03), 0.86, 1.12),
        };
        double build = Math.Sqrt(clinical.HeightCm / 172.0);
        h.CavityHalfWidth = Math.Clamp((male ? 126 : 116) * build * random.Normal(1, 0.04), 100, 145);
        h.CavityHalfDepth = Math.Clamp(h.CavityHalfWidth * random.Normal(0.70, 0.035), 72, 105);
        h.AnteriorWall = random.Uniform(12, 17) + (male ? 2 : 0);
        h.LateralWall = random.Uniform(12, 17) + (male ? 2 : 0);
        h.PosteriorWall = random.Uniform(46, 54);
        h.FatThickness = Math.Clamp(4 + 2.2 * (bmi - 19) * random.Normal(1, 0.15), 3, 45);

        // Fit the body into the field of view: thinner fat first, then a smaller thorax.
        double maxHalfWidth = fieldOfViewMm.X / 2 - 8;
        double maxHalfDepth = fieldOfViewMm.Y / 2 - 8;
        for (int attempt = 0; attempt < 40; attempt++)
        {
            h.BodyHalfWidth = h.CavityHalfWidth + h.LateralWall + h.FatThickness;
            h.BodyHalfDepth = h.CavityHalfDepth + (h.AnteriorWall + h.PosteriorWall) / 2 + h.FatThickness;
            if (h.BodyHalfWidth <= maxHalfWidth && h.BodyHalfDepth <= maxHalfDepth)
            {
                break;
            }

            if (h.FatThickness > 6)
            {
                h.FatThickness = Math.Max(6, h.FatThickness - 3);
            }
            else
            {
                h.CavityHalfWidth *= 0.97;
                h.CavityHalfDepth *= 0.97;
            }
        }

        h.BodyCenterY = (h.PosteriorWall - h.AnteriorWall) / 2;

        double s = h.HeightScale;
        h.ApexRadius = random.Uniform(55, 70);
        double lateralDrop = random.Uniform(40, 50);
        double posteriorDrop = random.Uniform(50, 60);
        double anteriorDrop = random.Uniform(24, 32);
        double apex = 85 + random.Normal(0, 5);
        double dome = -105 + random.Normal(0, 7);
        double domeDifference = random.Uniform(8, 22);
        double apexAsymmetry = random.Uniform(-5, 5);

        // Shrink the craniocaudal scale until apex to lowest recess fits the scan length with margins.
        for (int attempt = 0; attempt < 40; attempt++)
        {
            h.ApexZRight = apex * s;
            h.ApexZLeft = (apex + apexAsymmetry) * s;
            h.DomeZRight = dome * s;
            h.DomeZLeft = (dome - domeDifference) * s;
            h.LateralRecessDrop = lateralDrop * s;
            h.PosteriorRecessDrop = posteriorDrop * s;
            h.AnteriorRecessDrop = anteriorDrop * s;
            h.UpdateDiaphragm();
            h.LungBaseZ = h.LowestBaseZ();
            double top = Math.Max(h.ApexZRight, h.ApexZLeft);
            if (top + 10 - (h.LungBaseZ - 10) <= fieldOfViewMm.Z)
            {
                break;
            }

            s *= 0.97;
        }

        h.HeightScale = s;
        double apexTop = Math.Max(h.ApexZRight, h.ApexZLeft);
        double topMargin = random.Uniform(12, 28);
        double scanTop = apexTop + topMargin;
        if (scanTop - fieldOfViewMm.Z > h.LungBaseZ - 10)
        {
            scanTop = h.LungBaseZ - 10 + fieldOfViewMm.Z;
        }

        h.ScanTopZ = scanTop;
        h.ScanBottomZ = scanTop - fieldOfViewMm.Z;
        return h;
    }

    /// <summary>Width and depth factors of the cavity at height z: it narrows towards the thoracic inlet.</summary>
    public (double Width, double Depth) CavityTaper(double z)
    {
        double reference = -30 * HeightScale;
        double top = Math.Max(ApexZRight, ApexZLeft) + 35;
        double t = Math.Clamp((z - reference) / (top - reference), 0, 1.4);
        double p = Math.Pow(t, 1.6);
        return (1 - 0.42 * p, 1 - 0.26 * p);
    }

    /// <summary>Signed distance to the inner surface of the rib cage (the parietal pleura), at any height.</summary>
    public double CavitySignedDistance(Vector3D p)
    {
        (double wf, double df) = CavityTaper(p.Z);
        return Planar.SuperEllipseDistance(p.X, p.Y, CavityHalfWidth * wf, CavityHalfDepth * df, CavitySquareness);
    }

    /// <summary>The point of the cavity wall in the axial plane at height z in direction (ux, uy) from the cavity centre.</summary>
    public Vector3D CavityBoundary(double ux, double uy, double z)
    {
        (double wf, double df) = CavityTaper(z);
        double r = Planar.BoundaryRadius(ux, uy, CavityHalfWidth * wf, CavityHalfDepth * df, CavitySquareness);
        return new Vector3D(ux * r, uy * r, z);
    }

    public double BodySignedDistance(Vector3D p) =>
        Planar.SuperEllipseDistance(p.X, p.Y - BodyCenterY, BodyHalfWidth, BodyHalfDepth, BodySquareness);

    /// <summary>The height of the top of the diaphragm (the lung base) above (x, y): two paraboloid domes.</summary>
    public double DiaphragmZ(double x, double y)
    {
        double xr = -0.45 * CavityHalfWidth;
        double xl = 0.45 * CavityHalfWidth;
        double dy = y - DomeY;
        double ky = dy > 0 ? _kyPosterior : _kyAnterior;
        double right = DomeZRight - _kx * (x - xr) * (x - xr) - ky * dy * dy;
        double left = DomeZLeft - _kx * (x - xl) * (x - xl) - ky * dy * dy;
        return Math.Max(right, left);
    }

    /// <summary>Signed distance to the diaphragm surface, negative above it (on the lung side).</summary>
    public double AboveDiaphragmSignedDistance(Vector3D p)
    {
        double xr = -0.45 * CavityHalfWidth;
        double xl = 0.45 * CavityHalfWidth;
        double dy = p.Y - DomeY;
        double ky = dy > 0 ? _kyPosterior : _kyAnterior;
        double right = DomeZRight - _kx * (p.X - xr) * (p.X - xr) - ky * dy * dy;
        double left = DomeZLeft - _kx * (p.X - xl) * (p.X - xl) - ky * dy * dy;
        double zd;
        double gx;
        if (right >= left)
        {
            zd = right;
            gx = -2 * _kx * (p.X - xr);
        }
        else
        {
            zd = left;
            gx = -2 * _kx * (p.X - xl);
        }

        double gy = -2 * ky * dy;
        return (zd - p.Z) / Math.Sqrt(1 + gx * gx + gy * gy);
    }

    /// <summary>Height of the apical dome of a lung above (x, y).</summary>
    public double ApexCapSignedDistance(LungSide side, Vector3D p)
    {
        double sign = side == LungSide.Right ? -1 : 1;
        double apex = side == LungSide.Right ? ApexZRight : ApexZLeft;
        double dx = p.X - sign * 0.45 * CavityHalfWidth;
        double dy = p.Y - 0.15 * CavityHalfDepth;
        double capZ = apex - (dx * dx + dy * dy) / (2 * ApexRadius);
        double g2 = (dx * dx + dy * dy) / (ApexRadius * ApexRadius);
        return (p.Z - capZ) / Math.Sqrt(1 + g2);
    }

    /// <summary>Anterior–posterior centre of the vertebral bodies at height z (a gentle thoracic kyphosis).</summary>
    public double SpineY(double z)
    {
        double t = (z + 40 * HeightScale) / (170 * HeightScale);
        return CavityHalfDepth - 16 - 6 * t * t;
    }

    /// <summary>Radius of the vertebral bodies at height z: they grow from T1 to T12.</summary>
    public double VertebralRadius(double z)
    {
        double scale = CavityHalfWidth / 125;
        return Math.Clamp(16.5 - 3.5 * (z + 40 * HeightScale) / (170 * HeightScale), 12.5, 21) * scale;
    }

    /// <summary>The anterior surface of the vertebral bodies at height z.</summary>
    public double SpineAnteriorY(double z) => SpineY(z) - VertebralRadius(z);

    private void UpdateDiaphragm()
    {
        _kx = LateralRecessDrop / Math.Pow(0.55 * CavityHalfWidth, 2);
        _kyPosterior = PosteriorRecessDrop / Math.Pow(1.1 * CavityHalfDepth, 2);
        _kyAnterior = AnteriorRecessDrop / Math.Pow(0.9 * CavityHalfDepth, 2);
    }

    private double LowestBaseZ()
    {
        double lowest = double.PositiveInfinity;
        for (int i = -20; i <= 20; i++)
        {
            for (int j = -20; j <= 20; j++)
            {
                double x = CavityHalfWidth * i / 20.0;
                double y = CavityHalfDepth * j / 20.0;
                double z = DiaphragmZ(x, y);
                if (Planar.SuperEllipseDistance(x, y, CavityHalfWidth, CavityHalfDepth, CavitySquareness) < 0)
                {
                    lowest = Math.Min(lowest, z);
                }
            }
        }

        return lowest;
    }
}
