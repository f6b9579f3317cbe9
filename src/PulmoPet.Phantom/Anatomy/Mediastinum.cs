using PulmoPet.Imaging;
using PulmoPet.Phantom.Clinical;
using PulmoPet.Phantom.Rendering;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>Where a lobar bronchus ends and its artery begins: the roots of a lobe's bronchovascular tree.</summary>
public sealed record LobarRoot(Lobe Lobe, Vector3D BronchusEnd, Vector3D Direction, double BronchusRadius, Vector3D ArteryStart, double ArteryRadius, Vector3D VeinStart);

/// <summary>Landmarks of the central airways and hila that later steps (trees, lesion zones) need.</summary>
public sealed record MediastinalLandmarks(Vector3D Carina, Vector3D HilumRight, Vector3D HilumLeft, IReadOnlyList<LobarRoot> LobarRoots)
{
    public Vector3D Hilum(LungSide side) => side == LungSide.Right ? HilumRight : HilumLeft;
}

/// <summary>
/// Heart, great vessels, oesophagus and central airways, in round adult dimensions: heart ≈ 12 × 9 × 8 cm
/// with its long axis pointing anterior-left-inferior and a left-ventricular wall of ≈ 1 cm; aorta ≈ 3 cm
/// ascending, 2.5 cm descending (widening with age); trachea ≈ 18 mm wide, the right main bronchus short
/// and steep (≈ 25° from the vertical), the left one ≈ 5 cm long and ≈ 45°; lobar bronchi as in Netter.
/// </summary>
internal static class Mediastinum
{
    private static readonly OrganSet MediastinalSpace =
        OrganSet.Of(OrganLabel.Mediastinum, OrganLabel.LungRight, OrganLabel.LungLeft);

    private static readonly OrganSet VesselSpace = OrganSet.Of(
        OrganLabel.Mediastinum, OrganLabel.LungRight, OrganLabel.LungLeft, OrganLabel.Heart, OrganLabel.Body,
        OrganLabel.Liver, OrganLabel.Esophagus, OrganLabel.SuperiorVenaCava, OrganLabel.PulmonaryArtery);

    public static (List<PaintOperation> Operations, MediastinalLandmarks Landmarks) Build(
        BodyHabitus h, ClinicalRecord clinical, DeterministicRandom random)
    {
        var ops = new List<PaintOperation>();
        double s = h.HeightScale;
        double wc = h.CavityHalfWidth;
        double dc = h.CavityHalfDepth;
        double size = wc / 125;
        double top = h.ScanTopZ + 8;
        double bottom = h.ScanBottomZ - 8;

        double tracheaRadius = (clinical.Sex == Sex.Male ? 9.5 : 8.2) * random.Normal(1, 0.06);
        double esophagusRadius = random.Uniform(6.5, 8.5);
        double TracheaY(double z) => h.SpineAnteriorY(z) - 2 * esophagusRadius - tracheaRadius - 3;

        // Heart: an ellipsoid resting on the central tendon, with a thick-walled left ventricle inside.
        double cardiac = random.Uniform(0.92, 1.1) * size;
        var heartRadii = new Vector3D(62, 48, 43) * cardiac;
        Matrix3 heartAxes = Ellipsoid.AxesAlong(new Vector3D(0.62, -0.5, -0.6), new Vector3D(0, 0, 1));
        double heartX = 0.1 * wc + random.Uniform(-5, 8);
        double heartY = -0.24 * dc;
        var probe = new Ellipsoid(Vector3D.Zero, heartRadii, heartAxes);
        double heartHalfZ = probe.Bounds.Max.Z;
        double centralTendon = h.DiaphragmZ(heartX, heartY);
        var heartCenter = new Vector3D(heartX, heartY, centralTendon + 0.82 * heartHalfZ);
        double heartTop = heartCenter.Z + heartHalfZ;
        var heart = new Ellipsoid(heartCenter, heartRadii, heartAxes);
        ops.Add(new PaintOperation("heart", heart, Tissue.Myocardium, OrganLabel.Heart) { Over = MediastinalSpace });
        ops.Add(new PaintOperation("heart_chambers", new Ellipsoid(heartCenter, heartRadii - new Vector3D(3.5, 3.5, 3.5), heartAxes), Tissue.Blood, OrganLabel.Heart)
        {
            Over = OrganSet.Of(OrganLabel.Heart),
        });
        Vector3D longAxis = heartAxes.Transpose().Column(0);
        Vector3D leftPosterior = new Vector3D(1, 0.9, 0) - longAxis * new Vector3D(1, 0.9, 0).Dot(longAxis);
        Vector3D lvCenter = heartCenter + longAxis * (0.2 * heartRadii.X) + leftPosterior.Normalized() * (0.28 * heartRadii.Y);
        var lvRadii = new Vector3D(0.72 * heartRadii.X, 0.58 * heartRadii.Y, 0.62 * heartRadii.Z);
        double lvWall = random.Uniform(9, 13);
        ops.Add(new PaintOperation("left_ventricle_wall", new Ellipsoid(lvCenter, lvRadii, heartAxes), Tissue.Myocardium, OrganLabel.Heart)
        {
            Over = OrganSet.Of(OrganLabel.Heart),
        });
        ops.Add(new PaintOperation("left_ventricle_cavity", new Ellipsoid(lvCenter, lvRadii - new Vector3D(lvWall, lvWall, lvWall), heartAxes), Tissue.Blood, OrganLabel.Heart)
        {
            Over = OrganSet.Of(OrganLabel.Heart),
        });

        // Oesophagus: in front of the spine, slightly left, swinging forward and left to the cardia.
        double cardiaZ = h.DomeZLeft - 25;
        var esophagusPoints = new List<Vector3D>
        {
            new(3, h.SpineAnteriorY(top) - esophagusRadius - 1, top),
            new(4, h.SpineAnteriorY(0) - esophagusRadius - 1, 0),
            new(8, h.SpineAnteriorY(-70 * s) - esophagusRadius - 2, -70 * s),
            new(0.16 * wc, h.SpineAnteriorY(cardiaZ + 20) - esophagusRadius - 12, cardiaZ + 15),
            new(0.28 * wc, -0.12 * dc, cardiaZ - 10),
        };
        ops.Add(new PaintOperation(
            "esophagus",
            Tube.AlongSpline(esophagusPoints, Enumerable.Repeat(esophagusRadius, esophagusPoints.Count).ToArray()),
            Tissue.Esophagus,
            OrganLabel.Esophagus)
        {
            Over = OrganSet.Of(OrganLabel.Mediastinum, OrganLabel.LungRight, OrganLabel.LungLeft, OrganLabel.Body, OrganLabel.Liver, OrganLabel.Stomach),
        });

        // Aorta: root in the heart, ascending right of the midline, arch left of the trachea, descending
        // left-anterolateral to the spine and through the hiatus.
        double aging = 1 + 0.005 * (clinical.AgeYears - 60);
        double aortaScale = aging * Math.Sqrt(size);
        double spineRadiusMid = h.VertebralRadius(-60 * s);
        var aortaPoints = new List<Vector3D>
        {
            new(-4, -0.12 * dc, heartTop - 22),
            new(-14, -0.32 * dc, -8 * s),
            new(-7, -0.27 * dc, 28 * s),
            new(9, TracheaY(38 * s) - 24, 40 * s),
            new(25, TracheaY(30 * s) + 6, 32 * s),
            new(28, h.SpineY(5 * s) - 0.65 * h.VertebralRadius(5 * s), 5 * s),
            new(24, h.SpineY(-90 * s) - 0.75 * spineRadiusMid, -90 * s),
            new(9, h.SpineAnteriorY(bottom) - 9, bottom),
        };
        double[] aortaRadii = [14, 16, 15, 14, 13, 12, 11.5, 11];
        ops.Add(new PaintOperation("aorta", Tube.AlongSpline(aortaPoints, aortaRadii.Select(r => r * aortaScale).ToArray()), Tissue.Blood, OrganLabel.Aorta)
        {
            Over = VesselSpace,
        });

        // Supra-aortic arteries from the arch to the thoracic inlet.
        double inlet = top;
        ops.Add(SupraAortic("brachiocephalic_trunk", [new(-2, TracheaY(38 * s) - 24, 38 * s), new(-14, TracheaY(70 * s) - 16, 70 * s), new(-22, TracheaY(inlet) - 12, inlet)], 6.5));
        ops.Add(SupraAortic("left_common_carotid", [new(7, TracheaY(42 * s) - 20, 42 * s), new(11, TracheaY(70 * s) - 14, 70 * s), new(13, TracheaY(inlet) - 10, inlet)], 4.5));
        ops.Add(SupraAortic("left_subclavian", [new(17, TracheaY(40 * s) - 8, 40 * s), new(28, TracheaY(68 * s) - 2, 68 * s), new(0.42 * wc, TracheaY(inlet), inlet)], 5));

        // Pulmonary trunk from the right-ventricular outflow to the bifurcation, then to the hila.
        var bifurcation = new Vector3D(8, TracheaY(-14 * s) - 22, -14 * s);
        ops.Add(new PaintOperation(
            "pulmonary_trunk",
            Tube.AlongSpline([new(14, -0.44 * dc, heartTop - 20), new(16, -0.32 * dc, heartTop + 4), bifurcation], [13, 13.5, 12.5]),
            Tissue.Blood,
            OrganLabel.PulmonaryArtery)
        {
            Over = VesselSpace,
        });

        // Superior vena cava and brachiocephalic veins.
        double svcX = -0.30 * wc;
        ops.Add(new PaintOperation(
            "superior_vena_cava",
            Tube.AlongSpline([new(svcX - 6, -0.10 * dc, top), new(svcX, -0.14 * dc, 45 * s), new(svcX + 4, -0.12 * dc, heartTop - 8)], [7.5, 9, 9.5]),
            Tissue.Blood,
            OrganLabel.SuperiorVenaCava)
        {
            Over = VesselSpace,
        });
        ops.Add(new PaintOperation(
            "left_brachiocephalic_vein",
            Tube.AlongSpline([new(0.32 * wc, -0.25 * dc, top), new(0.2 * wc, -0.35 * dc, 66 * s), new(svcX + 2, -0.2 * dc, 48 * s)], [6, 6, 7]),
            Tissue.Blood,
            OrganLabel.SuperiorVenaCava)
        {
            Over = VesselSpace,
        });

        // Central airways.
        var carina = new Vector3D(0, TracheaY(0), 0);
        double wall = 0.2 * tracheaRadius;
        var airwayWalls = new List<IShape>();
        var airwayLumens = new List<IShape>();
        void Airway(Vector3D a, Vector3D b, double radius)
        {
            double w = Math.Max(1.2, 0.22 * radius);
            airwayWalls.Add(new TaperedCapsule(a, b, radius + w));
            airwayLumens.Add(new TaperedCapsule(a, b, radius));
        }

        Airway(new Vector3D(0, TracheaY(top), top), new Vector3D(0, TracheaY(40 * s), 40 * s), tracheaRadius);
        Airway(new Vector3D(0, TracheaY(40 * s), 40 * s), carina, tracheaRadius);

        Vector3D rightMainEnd = carina + Unit(-0.42, 0.08, -0.9) * (22 * s);
        Vector3D leftMainEnd = carina + Unit(0.7, 0.14, -0.7) * (46 * s);
        Airway(carina, rightMainEnd, 0.8 * tracheaRadius);
        Airway(carina, leftMainEnd, 0.7 * tracheaRadius);
        Vector3D intermediusEnd = rightMainEnd + Unit(-0.25, 0.1, -1) * (24 * s);
        Airway(rightMainEnd, intermediusEnd, 0.62 * tracheaRadius);

        var roots = new List<LobarRoot>();
        LobarRoot Lobar(Lobe lobe, Vector3D start, Vector3D direction, double length, double radius, Vector3D veinStart)
        {
            Vector3D d = direction.Normalized();
            Vector3D end = start + d * length;
            Airway(start, end, radius);
            // The artery runs alongside the bronchus (bronchovascular bundle); the offset points away from the mediastinum and downward.
            Vector3D side = new Vector3D(Math.Sign(start.X) * 0.3, -0.6, -0.4);
            Vector3D offset = (side - d * side.Dot(d)).Normalized() * (radius + wall + radius * 1.1 + 1.5);
            var root = new LobarRoot(lobe, end, d, radius, end + offset, radius * 1.1, veinStart);
            roots.Add(root);
            return root;
        }

        Vector3D veinRight = new(-0.18 * wc, -0.02 * dc, heartTop - 14);
        Vector3D veinLeft = new(0.14 * wc, 0.06 * dc, heartTop - 12);
        Lobar(Lobe.RightUpper, rightMainEnd, new Vector3D(-1, 0.12, 0.5), 15 * s, 0.55 * tracheaRadius, veinRight + new Vector3D(-6, -8, 16));
        Lobar(Lobe.RightMiddle, intermediusEnd, new Vector3D(-0.35, -0.9, -0.35), 13 * s, 0.42 * tracheaRadius, veinRight + new Vector3D(-8, -10, -6));
        Lobar(Lobe.RightLower, intermediusEnd, new Vector3D(-0.2, 0.45, -1), 14 * s, 0.58 * tracheaRadius, veinRight + new Vector3D(-6, 10, -12));
        Lobar(Lobe.LeftUpper, leftMainEnd, new Vector3D(0.5, -0.35, 0.75), 14 * s, 0.55 * tracheaRadius, veinLeft + new Vector3D(8, -10, 14));
        Lobar(Lobe.LeftLower, leftMainEnd, new Vector3D(0.35, 0.4, -1), 16 * s, 0.58 * tracheaRadius, veinLeft + new Vector3D(8, 10, -10));

        // Right and left pulmonary arteries from the bifurcation to the lobar arteries.
        var arteryParts = new List<IShape>();
        foreach (LobarRoot root in roots)
        {
            Vector3D hilarPoint = root.ArteryStart - root.Direction * 12;
            arteryParts.Add(new TaperedCapsule(bifurcation, hilarPoint, 10.5, root.ArteryRadius + 1.5));
            arteryParts.Add(new TaperedCapsule(hilarPoint, root.ArteryStart, root.ArteryRadius + 1.5, root.ArteryRadius));
        }

        ops.Add(new PaintOperation("pulmonary_arteries", new ShapeUnion(arteryParts), Tissue.Blood, OrganLabel.PulmonaryArtery) { Over = VesselSpace });

        // Walls first, then lumens, so a child's wall never closes its parent's lumen.
        OrganSet airwaySpace = OrganSet.Of(
            OrganLabel.Mediastinum, OrganLabel.LungRight, OrganLabel.LungLeft, OrganLabel.Aorta, OrganLabel.PulmonaryArtery,
            OrganLabel.SuperiorVenaCava, OrganLabel.SupraAorticArteries, OrganLabel.Esophagus, OrganLabel.Heart, OrganLabel.Airways);
        ops.Add(new PaintOperation("central_airway_walls", new ShapeUnion(airwayWalls), Tissue.AirwayWall, OrganLabel.Airways) { Over = airwaySpace });
        ops.Add(new PaintOperation("central_airway_lumens", new ShapeUnion(airwayLumens), Tissue.Air, OrganLabel.Airways) { Over = OrganSet.Of(OrganLabel.Airways) });

        var landmarks = new MediastinalLandmarks(carina, rightMainEnd, leftMainEnd, roots);
        return (ops, landmarks);
    }

    private static PaintOperation SupraAortic(string name, Vector3D[] points, double radius) =>
        new(name, Tube.AlongSpline(points, [radius, radius, radius * 0.95]), Tissue.Blood, OrganLabel.SupraAorticArteries) { Over = VesselSpace };

    private static Vector3D Unit(double x, double y, double z) => new Vector3D(x, y, z).Normalized();
}
