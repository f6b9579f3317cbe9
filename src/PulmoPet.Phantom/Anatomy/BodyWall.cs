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
        var body = new PrismShape(bodyBounds, (x, y) => h.BodySignedDistance(new Vector3D(x, y, 0)));
        var muscle = new PrismShape(bodyBounds, (x, y) => h.BodySignedDistance(new Vector3D(x, y, 0)) + h.FatThickness);
        yield return new PaintOperation("body", body, Tissue.Fat, OrganLabel.Body);
        yield return new PaintOperation("chest_wall_muscle", muscle, Tissue.Muscle, OrganLabel.Body);

        var cavityBounds = new Bounds(
            new Vector3D(-h.CavityHalfWidth, -h.CavityHalfDepth, zMin),
            new Vector3D(h.CavityHalfWidth, h.CavityHalfDepth, zMax));
        var cavity = new FunctionShape(cavityBounds, h.CavitySignedDistance);
        yield return new PaintOperation("thoracic_cavity", cavity, Tissue.Fat, OrganLabel.Mediastinum);

        // Around the lung apices (above the first ribs) lie the scalene muscles and the soft tissue of the neck base.
        double inlet = Math.Min(h.ApexZRight, h.ApexZLeft) - 30 * h.HeightScale;
        var inletBounds = new Bounds(new Vector3D(-h.CavityHalfWidth, -h.CavityHalfDepth, inlet - 2), cavityBounds.Max);
        yield return new PaintOperation(
            "thoracic_inlet",
            new FunctionShape(inletBounds, p => Math.Max(h.CavitySignedDistance(p), inlet - p.Z)),
            Tissue.Muscle,
            OrganLabel.Mediastinum);

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
