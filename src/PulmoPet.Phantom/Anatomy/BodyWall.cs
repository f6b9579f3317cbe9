using PulmoPet.Imaging;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// Body outline with subcutaneous fat, the muscular chest wall, the thoracic cavity (filled with
/// mediastinal fat until the lungs and organs are painted into it) and the diaphragm.
/// </summary>
internal static class BodyWall
{
    public static IEnumerable<PaintOperation> Build(BodyHabitus h)
    {
        double zMin = h.ScanBottomZ - 10;
        double zMax = h.ScanTopZ + 10;
        var bodyBounds = new Bounds(
            new Vector3D(-h.BodyHalfWidth, h.BodyCenterY - h.BodyHalfDepth, zMin),
            new Vector3D(h.BodyHalfWidth, h.BodyCenterY + h.BodyHalfDepth, zMax));
        var body = new FunctionShape(bodyBounds, h.BodySignedDistance);
        yield return new PaintOperation("body", body, Tissue.Fat, OrganLabel.Body);
        yield return new PaintOperation("chest_wall_muscle", new OffsetShape(body, -h.FatThickness), Tissue.Muscle, OrganLabel.Body);

        var cavityBounds = new Bounds(
            new Vector3D(-h.CavityHalfWidth, -h.CavityHalfDepth, zMin),
            new Vector3D(h.CavityHalfWidth, h.CavityHalfDepth, zMax));
        var cavity = new FunctionShape(cavityBounds, h.CavitySignedDistance);
        yield return new PaintOperation("thoracic_cavity", cavity, Tissue.Fat, OrganLabel.Mediastinum);

        // Below the lung bases: the diaphragm muscle (also lining the lower rib cage), then abdominal fat.
        double domeTop = Math.Max(h.DomeZRight, h.DomeZLeft) + 2;
        var belowBounds = new Bounds(cavityBounds.Min, new Vector3D(h.CavityHalfWidth, h.CavityHalfDepth, domeTop));
        yield return new PaintOperation(
            "diaphragm",
            new FunctionShape(belowBounds, p => Math.Max(h.CavitySignedDistance(p), -h.AboveDiaphragmSignedDistance(p))),
            Tissue.Muscle,
            OrganLabel.Body);
        yield return new PaintOperation("abdominal_fat", Abdomen.Cavity(h), Tissue.Fat, OrganLabel.Body);
    }
}
