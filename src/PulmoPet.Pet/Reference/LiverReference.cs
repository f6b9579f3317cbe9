using PulmoPet.Imaging;
using PulmoPet.Pet.Lungs;

namespace PulmoPet.Pet.Reference;

/// <summary>
/// PERCIST 1.0's liver reference (Wahl et al., J Nucl Med 2009;50 Suppl 1:122S, appendix): the mean and SD of
/// the PET in a 3 cm diameter sphere in the right lobe of the liver, placed from the CT and the lung mask.
/// The right lobe lies under the dome of the right hemidiaphragm, so the sphere starts under the centre of
/// the right lung's lower half: its top <see cref="MarginBelowLungMm"/> below the lowest lung voxel within
/// <see cref="ColumnRadiusMm"/> of that point (diaphragm, breathing and PET blur), and the nearest of the
/// positions searched around it (6 mm steps, up to 24 mm sideways and 30 mm down) is taken whose sphere is
/// soft tissue on CT (≥ 95% of its CT voxels in −50…150 HU, so no fat, gas, bone or lung) and keeps
/// <see cref="LungClearanceMm"/> from either lung.
/// </summary>
public static class LiverReference
{
    public const double DiameterMm = 30;

    public const double MarginBelowLungMm = 15;

    public const double ColumnRadiusMm = 10;

    public const double LungClearanceMm = 10;

    public const double MinimumSoftTissueFraction = 0.95;

    private const double StepMm = 6;

    /// <summary>Places the sphere and measures the PET there; <paramref name="lungs"/> lie on the CT's grid.</summary>
    public static ReferenceUptake Measure(Volume<float> pet, Volume ct, Volume<byte> lungs)
    {
        ArgumentNullException.ThrowIfNull(pet);
        ArgumentNullException.ThrowIfNull(ct);
        ArgumentNullException.ThrowIfNull(lungs);
        ct.Geometry.EnsureSameGrid(lungs.Geometry, "The lung mask");
        var centre = Locate(ct, lungs);
        var voxels = WorldShapes.Sphere(pet.Geometry, centre, DiameterMm / 2);
        return ReferenceMeasure.Uptake(pet, "liver", FormattableString.Invariant($"sphere {DiameterMm:0} mm"), centre, voxels);
    }

    /// <summary>The sphere's centre (mm, LPS).</summary>
    public static Vector3D Locate(Volume ct, Volume<byte> lungs)
    {
        var right = ReferenceMeasure.Positions(lungs, LungLabel.Right);
        if (right.Count == 0)
        {
            throw new InvalidInputException("The lung mask has no right lung, under which the liver reference is placed; give the liver mean SUV instead.");
        }

        double zLow = right.Min(p => p.Z), zHigh = right.Max(p => p.Z);
        var lower = right.Where(p => p.Z <= (zLow + zHigh) / 2).ToList();
        double cx = lower.Average(p => p.X), cy = lower.Average(p => p.Y);
        double columnBase = ColumnBase(right, cx, cy, ColumnRadiusMm) ?? ColumnBase(right, cx, cy, 2 * ColumnRadiusMm) ?? zLow;
        double radius = DiameterMm / 2;
        var target = new Vector3D(cx, cy, columnBase - MarginBelowLungMm - radius);

        var candidates = new List<Vector3D>();
        for (int k = 0; k <= 5; k++)
        {
            for (int j = -4; j <= 4; j++)
            {
                for (int i = -4; i <= 4; i++)
                {
                    candidates.Add(target + new Vector3D(i * StepMm, j * StepMm, -k * StepMm));
                }
            }
        }

        // Nearest first; equal distances in the fixed order above.
        foreach (var c in candidates.Select((c, order) => (c, order)).OrderBy(t => (t.c - target).Length).ThenBy(t => t.order).Select(t => t.c))
        {
            if (ReferenceMeasure.SoftTissueFraction(ct, WorldShapes.Sphere(ct.Geometry, c, radius)) >= MinimumSoftTissueFraction
                && !ReferenceMeasure.AnyLung(lungs, WorldShapes.Sphere(lungs.Geometry, c, radius + LungClearanceMm))
                && InsideGrid(ct.Geometry, c, radius))
            {
                return c;
            }
        }

        throw new InvalidInputException(
            "No 3 cm sphere of soft tissue was found under the right hemidiaphragm for the liver reference (is the liver in the CT?); give the liver mean SUV instead.");
    }

    private static double? ColumnBase(List<Vector3D> lung, double x, double y, double radius)
    {
        double? lowest = null;
        foreach (var p in lung)
        {
            double dx = p.X - x, dy = p.Y - y;
            if (dx * dx + dy * dy <= radius * radius && (lowest is null || p.Z < lowest))
            {
                lowest = p.Z;
            }
        }

        return lowest;
    }

    private static bool InsideGrid(ImageGeometry grid, Vector3D centre, double radius)
    {
        for (int axis = 0; axis < 3; axis++)
        {
            foreach (double sign in new[] { -1.0, 1.0 })
            {
                var offset = new Vector3D(axis == 0 ? sign * radius : 0, axis == 1 ? sign * radius : 0, axis == 2 ? sign * radius : 0);
                var index = grid.WorldToIndex(centre + offset);
                if (!(index.X >= -0.5 && index.Y >= -0.5 && index.Z >= -0.5 &&
                      index.X <= grid.Size.X - 0.5 && index.Y <= grid.Size.Y - 0.5 && index.Z <= grid.Size.Z - 0.5))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
