using PulmoPet.Imaging;
using PulmoPet.Pet.Lungs;

namespace PulmoPet.Pet.Reference;

/// <summary>
/// PERCIST 1.0's blood-pool reference (Wahl et al., J Nucl Med 2009;50 Suppl 1:122S, appendix): the mean and
/// SD of the PET in a cylinder 1 cm in diameter and 2 cm long along the descending thoracic aorta, placed
/// from the CT and the lung mask. The descending aorta runs in the posterior mediastinum against the left
/// lung, which wraps round it: in the axial CT slices of the middle third of the left lung, positions within
/// <see cref="SearchMedialMm"/> medial to (and 10 mm lateral of) the left lung's medial edge, in the posterior
/// third of its antero-posterior extent, are scored by the share of left lung on the lateral half of a ring
/// 12–18 mm from the centre (the aorta's lateral wall faces the lung, the oesophagus's the aorta), among those
/// whose 6 mm disc is soft tissue (−50…150 HU) with no lung within 7 mm. Of the positions scoring at least 90% of the best, the leftmost (the aorta lies left of the oesophagus in the
/// mid-thorax; ties: the lower slice, then the more anterior), moved within 8 mm in its slice to where the
/// lung-free disc of soft tissue is widest (the aorta's centre), gives the cylinder's axis and mid-point.
/// </summary>
public static class BloodPoolReference
{
    public const double DiameterMm = 10;

    public const double LengthMm = 20;

    public const double SearchMedialMm = 40;

    private const double StepMm = 2;

    /// <summary>The descending aorta lies beside the vertebral body, in the back third of the lung's depth (the pulmonary arteries lie in front of it).</summary>
    private const double PosteriorFraction = 2.0 / 3;

    /// <summary>The point found is moved, within this distance in its slice, to where the disc of soft tissue free of lung is widest: the aorta's centre.</summary>
    private const double CentringMm = 8;

    private const double MaximumClearanceMm = 16;

    private const double NearBestScore = 0.9;

    private const double DiscRadiusMm = 6;

    private const double ClearRadiusMm = 7;

    private const double RingInnerMm = 12;

    private const double RingOuterMm = 18;

    public static ReferenceUptake Measure(Volume<float> pet, Volume ct, Volume<byte> lungs)
    {
        ArgumentNullException.ThrowIfNull(pet);
        ArgumentNullException.ThrowIfNull(ct);
        ArgumentNullException.ThrowIfNull(lungs);
        ct.Geometry.EnsureSameGrid(lungs.Geometry, "The lung mask");
        var centre = Locate(ct, lungs);
        var voxels = WorldShapes.AxialCylinder(pet.Geometry, centre, DiameterMm / 2, LengthMm);
        return ReferenceMeasure.Uptake(pet, "blood pool", FormattableString.Invariant($"cylinder {DiameterMm:0} × {LengthMm:0} mm"), centre, voxels);
    }

    /// <summary>The cylinder's mid-point (mm, LPS).</summary>
    public static Vector3D Locate(Volume ct, Volume<byte> lungs)
    {
        var geometry = ct.Geometry;
        var size = geometry.Size;
        var left = ReferenceMeasure.Positions(lungs, LungLabel.Left);
        if (left.Count == 0)
        {
            throw new InvalidInputException("The lung mask has no left lung, beside which the descending aorta is found; give the blood-pool mean SUV instead.");
        }

        double zLow = left.Min(p => p.Z), zHigh = left.Max(p => p.Z), third = (zHigh - zLow) / 3;
        var valid = new List<(double Score, Vector3D Centre)>();
        for (int z = 0; z < size.Z; z++)
        {
            double sliceZ = geometry.IndexToWorld(0, 0, z).Z;
            if (sliceZ < zLow + third || sliceZ > zHigh - third)
            {
                continue;
            }

            var inSlice = left.Where(p => Math.Abs(p.Z - sliceZ) < geometry.Spacing.Z / 2).ToList();
            if (inSlice.Count == 0)
            {
                continue;
            }

            // LPS: +x is the patient's left, so the left lung's medial edge is its smallest x; +y is posterior.
            double medial = inSlice.Min(p => p.X), front = inSlice.Min(p => p.Y), back = inSlice.Max(p => p.Y);
            for (double y = front + PosteriorFraction * (back - front); y <= back; y += StepMm)
            {
                for (double x = medial - SearchMedialMm; x <= medial + 10; x += StepMm)
                {
                    var c = new Vector3D(x, y, sliceZ);
                    double score = RingLungShare(ct, lungs, c);
                    if (score > 0
                        && ReferenceMeasure.SoftTissueFraction(ct, WorldShapes.AxialCylinder(geometry, c, DiscRadiusMm, 0.1)) >= 0.95
                        && !ReferenceMeasure.AnyLung(lungs, WorldShapes.AxialCylinder(geometry, c, ClearRadiusMm, 0.1)))
                    {
                        valid.Add((score, c));
                    }
                }
            }
        }

        // Of the positions scoring near the best, the leftmost: in the mid-thorax the descending aorta lies to the
        // left of the oesophagus, which can also touch the left lung.
        Vector3D? best = null;
        if (valid.Count > 0)
        {
            double top = valid.Max(v => v.Score);
            best = valid.Where(v => v.Score >= NearBestScore * top)
                .OrderByDescending(v => v.Centre.X).ThenBy(v => v.Centre.Z).ThenBy(v => v.Centre.Y).First().Centre;
        }

        if (best is not { } found)
        {
            throw new InvalidInputException(
                "No descending aorta was found beside the left lung for the blood-pool reference; give the blood-pool mean SUV instead.");
        }

        var centre = found;
        double widest = Clearance(ct, lungs, found);
        for (double dy = -CentringMm; dy <= CentringMm; dy += 1)
        {
            for (double dx = -CentringMm; dx <= CentringMm; dx += 1)
            {
                var c = found + new Vector3D(dx, dy, 0);
                double clearance = dx * dx + dy * dy <= CentringMm * CentringMm ? Clearance(ct, lungs, c) : 0;
                if (clearance > widest)
                {
                    widest = clearance;
                    centre = c;
                }
            }
        }

        return centre;
    }

    /// <summary>The radius (mm, 1 mm steps) of the widest disc round <paramref name="c"/> that is soft tissue with no lung within 2 mm of it.</summary>
    private static double Clearance(Volume ct, Volume<byte> lungs, Vector3D c)
    {
        double radius = 0;
        for (double r = DiscRadiusMm; r <= MaximumClearanceMm; r += 1)
        {
            if (ReferenceMeasure.SoftTissueFraction(ct, WorldShapes.AxialCylinder(ct.Geometry, c, r, 0.1)) < 0.95
                || ReferenceMeasure.AnyLung(lungs, WorldShapes.AxialCylinder(lungs.Geometry, c, r + 2, 0.1)))
            {
                break;
            }

            radius = r;
        }

        return radius;
    }

    private static double RingLungShare(Volume ct, Volume<byte> lungs, Vector3D centre)
    {
        var outer = WorldShapes.AxialCylinder(ct.Geometry, centre, RingOuterMm, 0.1);
        int ring = 0, lung = 0;
        foreach (int i in outer)
        {
            var p = ct.Geometry.IndexOf(i);
            var d = ct.Geometry.IndexToWorld(p.X, p.Y, p.Z) - centre;
            // Only the lateral half: the aorta's lateral wall faces the left lung, the oesophagus's faces the aorta.
            if (d.X > 0 && d.X * d.X + d.Y * d.Y >= RingInnerMm * RingInnerMm)
            {
                ring++;
                lung += lungs.Voxels[i] == LungLabel.Left ? 1 : 0;
            }
        }

        return ring == 0 ? 0 : (double)lung / ring;
    }
}
