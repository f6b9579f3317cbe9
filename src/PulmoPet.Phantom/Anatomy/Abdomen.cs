using PulmoPet.Imaging;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// The upper abdomen under the diaphragm: the liver dome under the right hemidiaphragm (its left lobe
/// reaching across the midline anteriorly), the stomach under the left dome with gas collecting anteriorly
/// (the non-dependent side in a supine patient) and the spleen posterolaterally on the left.
/// </summary>
internal static class Abdomen
{
    /// <summary>The abdominal cavity: inside the rib cage, below the diaphragm muscle.</summary>
    public static IShape Cavity(BodyHabitus h)
    {
        double top = Math.Max(h.DomeZRight, h.DomeZLeft) - BodyHabitus.DiaphragmThicknessMm + 2;
        var bounds = new Bounds(
            new Vector3D(-h.CavityHalfWidth, -h.CavityHalfDepth, h.ScanBottomZ - 10),
            new Vector3D(h.CavityHalfWidth, h.CavityHalfDepth, top));
        double wall = BodyHabitus.DiaphragmThicknessMm;
        return new FunctionShape(bounds, p => Math.Max(h.CavitySignedDistance(p) + wall, -h.AboveDiaphragmSignedDistance(p) + wall));
    }

    public static IEnumerable<PaintOperation> Build(BodyHabitus h, DeterministicRandom random)
    {
        IShape cavity = Cavity(h);
        double wc = h.CavityHalfWidth;
        double dc = h.CavityHalfDepth;

        // Liver: the abdominal cavity right of a line running from the left lobe tip (anterior, left of the
        // midline) to the bare area (posterior, right of the spine).
        double anteriorEdge = random.Uniform(0.25, 0.45) * wc;
        double posteriorEdge = -random.Uniform(0.15, 0.30) * wc;
        double edgeSlope = (posteriorEdge - anteriorEdge) / (2 * dc);
        var liverSide = new FunctionShape(cavity.Bounds, p =>
        {
            double edge = anteriorEdge + edgeSlope * (p.Y + dc);
            return (p.X - edge) / Math.Sqrt(1 + edgeSlope * edgeSlope);
        });
        yield return new PaintOperation("liver", new ShapeIntersection(new OffsetShape(cavity, -1), liverSide), Tissue.Liver, OrganLabel.Liver)
        {
            Over = OrganSet.Of(OrganLabel.Body),
        };

        // Spleen: a flattened ellipsoid along the posterolateral wall under the left dome.
        double spleenTop = h.DiaphragmZ(0.68 * wc, 0.45 * dc) - BodyHabitus.DiaphragmThicknessMm - 4;
        var spleenRadii = new Vector3D(random.Uniform(44, 56), random.Uniform(20, 26), random.Uniform(40, 52));
        var spleen = new Ellipsoid(
            new Vector3D(0.66 * wc, 0.42 * dc, spleenTop - spleenRadii.Z * 0.8),
            spleenRadii,
            Ellipsoid.AxesAlong(new Vector3D(-0.45, 0.9, 0), new Vector3D(0, 0, 1)));
        yield return new PaintOperation("spleen", new ShapeIntersection(spleen, new OffsetShape(cavity, -1)), Tissue.Spleen, OrganLabel.Spleen)
        {
            Over = OrganSet.Of(OrganLabel.Body),
        };

        // Stomach: wall, fluid content, and gas in its anterior part in 70 % of patients.
        double stomachTop = h.DiaphragmZ(0.35 * wc, -0.1 * dc) - BodyHabitus.DiaphragmThicknessMm - 3;
        var stomachRadii = new Vector3D(random.Uniform(32, 42), random.Uniform(34, 44), random.Uniform(38, 50));
        var stomachCenter = new Vector3D(0.36 * wc, -0.15 * dc, stomachTop - stomachRadii.Z * 0.85);
        Matrix3 stomachAxes = Ellipsoid.AxesAlong(new Vector3D(0.3, -0.5, 0.8), new Vector3D(1, 0, 0));
        var stomach = new Ellipsoid(stomachCenter, stomachRadii, stomachAxes);
        var lumen = new Ellipsoid(stomachCenter, stomachRadii - new Vector3D(4, 4, 4), stomachAxes);
        IShape insideCavity = new OffsetShape(cavity, -1);
        yield return new PaintOperation("stomach_wall", new ShapeIntersection(stomach, insideCavity), Tissue.StomachWall, OrganLabel.Stomach)
        {
            Over = OrganSet.Of(OrganLabel.Body, OrganLabel.Liver, OrganLabel.Spleen),
        };
        yield return new PaintOperation("stomach_content", new ShapeIntersection(lumen, insideCavity), Tissue.Fluid, OrganLabel.Stomach)
        {
            Over = OrganSet.Of(OrganLabel.Stomach),
        };
        if (random.Bernoulli(0.7))
        {
            double gasLevel = stomachCenter.Y - random.Uniform(0.2, 0.6) * stomachRadii.Y;
            var gasSide = new FunctionShape(lumen.Bounds, p => p.Y - gasLevel);
            yield return new PaintOperation("stomach_gas", new ShapeIntersection(lumen, insideCavity, gasSide), Tissue.Air, OrganLabel.Stomach)
            {
                Over = OrganSet.Of(OrganLabel.Stomach),
            };
        }
    }
}
