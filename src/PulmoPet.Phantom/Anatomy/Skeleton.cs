using PulmoPet.Imaging;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// Thoracic spine (vertebral bodies with cortical shell and cancellous core, discs, neural arches with
/// spinous and transverse processes, spinal canal), ribs with costal cartilages, and the sternum.
/// Vertebral height grows from ≈ 21 mm (T1) to ≈ 27 mm (T12) including the disc; ribs 1–7 reach the
/// sternum through their cartilages, 8–10 the costal margin, 11–12 end free; each rib falls anteriorly.
/// </summary>
internal static class Skeleton
{
    private const double CortexMm = 1.6;

    public static IEnumerable<PaintOperation> Build(BodyHabitus h, DeterministicRandom random)
    {
        double s = h.HeightScale;
        double canalRx = 8.5 * h.CavityHalfWidth / 125;
        double canalRy = 7.5 * h.CavityHalfWidth / 125;
        double CanalY(double z) => h.SpineY(z) + h.VertebralRadius(z) + 1.5 + canalRy;

        // Vertebral levels from T1 (just below the lung apex) downwards until below the scan.
        var levels = new List<(double Z, double Pitch)>();
        double zLevel = Math.Max(h.ApexZRight, h.ApexZLeft) - 6 * s;
        for (int k = 0; zLevel > h.ScanBottomZ - 30 && k < 20; k++)
        {
            double pitch = s * (21 + 6 * Math.Min(k, 11) / 11.0);
            levels.Add((zLevel, pitch));
            zLevel -= pitch;
        }

        // Cervical vertebrae above T1, if the scan reaches there.
        double zAbove = levels[0].Z + 19 * s;
        while (zAbove < h.ScanTopZ + 30)
        {
            levels.Insert(0, (zAbove, 19 * s));
            zAbove += 19 * s;
        }

        // The column of discs, then the vertebrae over it.
        double columnTop = levels[0].Z + levels[0].Pitch;
        double columnBottom = levels[^1].Z - levels[^1].Pitch;
        var discParts = new List<IShape>();
        foreach ((double z, double pitch) in levels)
        {
            double r = h.VertebralRadius(z) * 0.95;
            discParts.Add(new EllipticCylinder(new Vector3D(0, h.SpineY(z), z), 1.12 * r, r, pitch / 2 + 0.5));
        }

        yield return new PaintOperation("intervertebral_discs", new ShapeUnion(discParts), Tissue.Cartilage, OrganLabel.Body);

        var cortical = new List<IShape>();
        var cancellous = new List<IShape>();
        foreach ((double z, double pitch) in levels)
        {
            double r = h.VertebralRadius(z);
            double halfHeight = 0.39 * pitch;
            var center = new Vector3D(0, h.SpineY(z), z);
            cortical.Add(new EllipticCylinder(center, 1.12 * r, r, halfHeight));
            cancellous.Add(new EllipticCylinder(center, 1.12 * r - CortexMm, r - CortexMm, halfHeight - CortexMm));

            // Neural arch: a ring around the canal (pedicles and laminae), spinous and transverse processes.
            double archZ = z - 0.1 * pitch;
            double canalY = CanalY(z);
            cortical.Add(new EllipticCylinder(new Vector3D(0, canalY, archZ), canalRx + 6, canalRy + 5.5, 0.33 * pitch));
            cortical.Add(new TaperedCapsule(
                new Vector3D(0, canalY + canalRy + 4, archZ),
                new Vector3D(0, canalY + canalRy + 26, archZ - 14 * s),
                4.2,
                3.2));
            foreach (double side in (ReadOnlySpan<double>)[-1, 1])
            {
                cortical.Add(new TaperedCapsule(
                    new Vector3D(side * (canalRx + 4), canalY, archZ),
                    new Vector3D(side * (canalRx + 24), canalY + 9, archZ + 2),
                    4.8,
                    4.0));
            }
        }

        yield return new PaintOperation("vertebrae", new ShapeUnion(cortical), Tissue.CorticalBone, OrganLabel.Vertebrae);
        yield return new PaintOperation("vertebral_marrow", new ShapeUnion(cancellous), Tissue.CancellousBone, OrganLabel.Vertebrae)
        {
            Over = OrganSet.Of(OrganLabel.Vertebrae),
        };
        yield return new PaintOperation(
            "spinal_canal",
            Tube.AlongSpline(
                [new(0, CanalY(columnTop), columnTop), new(0, CanalY((columnTop + columnBottom) / 2), (columnTop + columnBottom) / 2), new(0, CanalY(columnBottom), columnBottom)],
                [canalRx, canalRx, canalRx]),
            Tissue.SpinalCanal,
            OrganLabel.SpinalCanal)
        {
            Over = OrganSet.Of(OrganLabel.Vertebrae, OrganLabel.Body, OrganLabel.Mediastinum),
        };

        // Ribs: T1..T12 attach at the thoracic levels (the first thoracic level is the first below the apex).
        int firstThoracic = levels.FindIndex(l => l.Z <= Math.Max(h.ApexZRight, h.ApexZLeft) - 6 * s + 0.01);
        var ribBone = new List<IShape>();
        var ribMarrow = new List<IShape>();
        var cartilage = new List<IShape>();
        for (int rib = 1; rib <= 12 && firstThoracic + rib - 1 < levels.Count; rib++)
        {
            (double z0, _) = levels[firstThoracic + rib - 1];
            if (z0 < h.ScanBottomZ - 60)
            {
                break;
            }

            double radius = (rib == 1 ? 4.2 : 4.8) * Math.Sqrt(h.CavityHalfWidth / 125) * random.Normal(1, 0.03);
            double drop = s * Math.Min(25 + 7 * (rib - 1), 88);
            double boneEnd = rib <= 7 ? 0.80 : rib <= 10 ? 0.74 : rib == 11 ? 0.56 : 0.44;
            double cartilageEnd = rib <= 7 ? 0.95 : rib <= 10 ? 0.87 : boneEnd;
            foreach (double side in (ReadOnlySpan<double>)[-1, 1])
            {
                var head = new Vector3D(side * (1.05 * h.VertebralRadius(z0) + 3), h.SpineY(z0) + 4, z0);
                var tubercle = new Vector3D(side * (canalRx + 22), CanalY(z0) + 5, z0 + 2);
                (List<Vector3D> bonePoints, List<Vector3D> cartilagePoints) = RibPath(h, side, z0, drop, radius, boneEnd, cartilageEnd);
                bonePoints.InsertRange(0, [head, tubercle]);
                ribBone.Add(Tube.AlongSpline(bonePoints, Enumerable.Repeat(radius, bonePoints.Count).ToArray(), 10));
                ribMarrow.Add(Tube.AlongSpline(bonePoints, Enumerable.Repeat(radius - CortexMm, bonePoints.Count).ToArray(), 10));
                if (cartilagePoints.Count >= 2)
                {
                    cartilage.Add(Tube.AlongSpline(cartilagePoints, Enumerable.Repeat(radius * 0.95, cartilagePoints.Count).ToArray(), 10));
                }
            }
        }

        OrganSet wall = OrganSet.Of(OrganLabel.Body, OrganLabel.Mediastinum, OrganLabel.LungRight, OrganLabel.LungLeft, OrganLabel.Liver, OrganLabel.Spleen, OrganLabel.Stomach, OrganLabel.Ribs, OrganLabel.CostalCartilages);
        yield return new PaintOperation("costal_cartilages", new ShapeUnion(cartilage.SelectMany(c => ((ShapeUnion)c).Parts)), Tissue.Cartilage, OrganLabel.CostalCartilages) { Over = wall };
        yield return new PaintOperation("ribs", new ShapeUnion(ribBone.SelectMany(c => ((ShapeUnion)c).Parts)), Tissue.CorticalBone, OrganLabel.Ribs) { Over = wall };
        yield return new PaintOperation("rib_marrow", new ShapeUnion(ribMarrow.SelectMany(c => ((ShapeUnion)c).Parts)), Tissue.CancellousBone, OrganLabel.Ribs)
        {
            Over = OrganSet.Of(OrganLabel.Ribs),
        };

        // Sternum: manubrium at T2–T3, body down to the xiphoid near the right dome, just in front of the cavity.
        double manubriumTop = levels[Math.Min(levels.Count - 1, firstThoracic + 1)].Z + 6 * s;
        double xiphoid = h.DomeZRight - 12 * s;
        var sternum = new List<IShape>();
        var sternumMarrow = new List<IShape>();
        const double step = 12;
        for (double z = manubriumTop; z > xiphoid; z -= step)
        {
            double zc = z - step / 2;
            (_, double df) = h.CavityTaper(zc);
            double halfWidth = zc > manubriumTop - 45 * s ? 22 : 14;
            var center = new Vector3D(0, -h.CavityHalfDepth * df - 7.5, zc);
            var half = new Vector3D(halfWidth, 6.5, step / 2 + 1);
            sternum.Add(new RoundedBox(center, half, 3, Matrix3.Identity));
            sternumMarrow.Add(new RoundedBox(center, half - new Vector3D(CortexMm, CortexMm, CortexMm), 2, Matrix3.Identity));
        }

        yield return new PaintOperation("sternum", new ShapeUnion(sternum), Tissue.CorticalBone, OrganLabel.Sternum) { Over = wall };
        yield return new PaintOperation("sternal_marrow", new ShapeUnion(sternumMarrow), Tissue.CancellousBone, OrganLabel.Sternum)
        {
            Over = OrganSet.Of(OrganLabel.Sternum),
        };
    }

    /// <summary>
    /// The rib centreline around the outside of the cavity, from the posterior angle to the anterior end,
    /// falling by <paramref name="drop"/> mm towards the front; the part past <paramref name="boneEnd"/> (fraction of a
    /// half-turn from the back) is cartilage.
    /// </summary>
    private static (List<Vector3D> Bone, List<Vector3D> Cartilage) RibPath(
        BodyHabitus h, double side, double z0, double drop, double radius, double boneEnd, double cartilageEnd)
    {
        const double start = 0.2;
        Vector3D PointAt(double t)
        {
            double phi = t * Math.PI;
            double progress = (t - start) / (1 - start);
            double z = z0 + 2 - drop * Math.Pow(progress, 1.3);
            double ux = side * Math.Sin(phi);
            double uy = Math.Cos(phi);
            return h.CavityBoundary(ux, uy, z) + new Vector3D(ux, uy, 0) * (radius + 1.5);
        }

        var bone = new List<Vector3D>();
        int boneSteps = Math.Max(2, (int)Math.Ceiling((boneEnd - start) * 20));
        for (int i = 0; i <= boneSteps; i++)
        {
            bone.Add(PointAt(start + (boneEnd - start) * i / boneSteps));
        }

        var cartilage = new List<Vector3D>();
        if (cartilageEnd > boneEnd)
        {
            int cartilageSteps = Math.Max(2, (int)Math.Ceiling((cartilageEnd - boneEnd) * 20));
            for (int i = 0; i <= cartilageSteps; i++)
            {
                cartilage.Add(PointAt(boneEnd + (cartilageEnd - boneEnd) * i / cartilageSteps));
            }
        }

        return (bone, cartilage);
    }
}
