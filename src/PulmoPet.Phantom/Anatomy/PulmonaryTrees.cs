using PulmoPet.Imaging;
using PulmoPet.Phantom.Rendering;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// Intrapulmonary bronchi, arteries and veins grown into each lobe by recursive bisection of random
/// points in the lobe (a space-filling tree in the spirit of Kitaoka et al., J Appl Physiol 1999, and of
/// the VascuSynth/space-colonisation family): each branch heads half-way towards the centroid of the
/// territory it supplies, then the territory is split in two across its longest axis. Radii follow
/// Murray's law (r³ proportional to the supplied territory), so they taper from the hilum to ≈ 0.6 mm.
/// Arteries run alongside the bronchi (bronchovascular bundles); veins form a separate tree returning to
/// the left atrium between them. Bronchi are drawn while their lumen is at least about 1 mm.
/// </summary>
internal static class PulmonaryTrees
{
    /// <summary>Terminal territories per tree over both lungs: leaves ≈ 4 mL apart, ≈ 15 mm.</summary>
    public const int TerritoriesPerTree = 1400;

    public const double MinimumBronchusRadiusMm = 1.1;

    private readonly record struct Segment(Vector3D Start, Vector3D End, double StartRadius, double EndRadius);

    public static IEnumerable<PaintOperation> Build(
        LungModel lungs, MediastinalLandmarks landmarks, TissueMap map, DeterministicRandom random)
    {
        Dictionary<Lobe, List<Vector3D>> arteryTerritories = SampleLobes(lungs, map, random, TerritoriesPerTree);
        Dictionary<Lobe, List<Vector3D>> veinTerritories = SampleLobes(lungs, map, random, TerritoriesPerTree);

        var arteries = new List<IShape>();
        var veins = new List<IShape>();
        var bronchusWalls = new List<IShape>();
        var bronchusLumens = new List<IShape>();
        foreach (LobarRoot root in landmarks.LobarRoots)
        {
            if (arteryTerritories.TryGetValue(root.Lobe, out List<Vector3D>? points) && points.Count > 0)
            {
                Vector3D reference = random.UnitVector();
                var bronchi = new List<Segment>();
                var bronchialArteries = new List<Segment>();
                Vector3D[] territory = points.ToArray();
                Grow(root.BronchusEnd, root.ArteryStart - root.BronchusEnd, root.Direction, territory, root.BronchusRadius, territory.Length, reference, bronchi, bronchialArteries);
                foreach (Segment b in bronchi)
                {
                    if (b.StartRadius >= MinimumBronchusRadiusMm)
                    {
                        double wall = Math.Max(0.6, 0.2 * b.StartRadius);
                        bronchusWalls.Add(new TaperedCapsule(b.Start, b.End, b.StartRadius + wall, b.EndRadius + wall));
                        bronchusLumens.Add(new TaperedCapsule(b.Start, b.End, b.StartRadius, b.EndRadius));
                    }
                }

                arteries.AddRange(bronchialArteries.Select(a => new TaperedCapsule(a.Start, a.End, a.StartRadius * 1.1, a.EndRadius * 1.1)));
            }

            if (veinTerritories.TryGetValue(root.Lobe, out List<Vector3D>? veinPoints) && veinPoints.Count > 0)
            {
                var venous = new List<Segment>();
                Vector3D[] territory = veinPoints.ToArray();
                Vector3D direction = (Centroid(territory) - root.VeinStart).Normalized();
                Grow(root.VeinStart, Vector3D.Zero, direction, territory, root.ArteryRadius * 1.05, territory.Length, Vector3D.Zero, venous, null);
                veins.AddRange(venous.Select(v => new TaperedCapsule(v.Start, v.End, v.StartRadius, v.EndRadius)));
            }
        }

        OrganSet vesselSpace = OrganSet.Of(OrganLabel.LungRight, OrganLabel.LungLeft, OrganLabel.LungVessels, OrganLabel.Mediastinum);
        if (veins.Count > 0)
        {
            yield return new PaintOperation("pulmonary_veins", new ShapeUnion(veins), Tissue.Blood, OrganLabel.LungVessels)
            {
                Over = vesselSpace,
                LungEffect = LungRegionEffect.Keep,
            };
        }

        if (arteries.Count > 0)
        {
            yield return new PaintOperation("intrapulmonary_arteries", new ShapeUnion(arteries), Tissue.Blood, OrganLabel.LungVessels)
            {
                Over = vesselSpace,
                LungEffect = LungRegionEffect.Keep,
            };
        }

        if (bronchusWalls.Count > 0)
        {
            yield return new PaintOperation("bronchial_walls", new ShapeUnion(bronchusWalls), Tissue.AirwayWall, OrganLabel.Airways)
            {
                Over = OrganSet.Of(OrganLabel.LungRight, OrganLabel.LungLeft, OrganLabel.LungVessels, OrganLabel.Mediastinum, OrganLabel.Airways),
                LungEffect = LungRegionEffect.Keep,
            };
            yield return new PaintOperation("bronchial_lumens", new ShapeUnion(bronchusLumens), Tissue.Air, OrganLabel.Airways)
            {
                Over = OrganSet.Of(OrganLabel.Airways),
                LungEffect = LungRegionEffect.Keep,
            };
        }
    }

    /// <summary>Random points of lung parenchyma, binned by lobe (so each lobe gets a share proportional to its volume).</summary>
    private static Dictionary<Lobe, List<Vector3D>> SampleLobes(LungModel lungs, TissueMap map, DeterministicRandom random, int count)
    {
        Bounds bounds = lungs.Right.Bounds.Union(lungs.Left.Bounds);
        var result = new Dictionary<Lobe, List<Vector3D>>();
        int accepted = 0;
        for (int attempt = 0; attempt < count * 40 && accepted < count; attempt++)
        {
            var p = new Vector3D(
                random.Uniform(bounds.Min.X, bounds.Max.X),
                random.Uniform(bounds.Min.Y, bounds.Max.Y),
                random.Uniform(bounds.Min.Z, bounds.Max.Z));
            if (map.IndexOf(p) is not int index)
            {
                continue;
            }

            var organ = (OrganLabel)map.Organ[index];
            var side = (LungSide)map.Side[index];
            if (side == LungSide.None || organ is not (OrganLabel.LungRight or OrganLabel.LungLeft))
            {
                continue;
            }

            Lobe lobe = lungs.LobeAt(side, p);
            if (!result.TryGetValue(lobe, out List<Vector3D>? list))
            {
                list = [];
                result[lobe] = list;
            }

            list.Add(p);
            accepted++;
        }

        return result;
    }

    /// <summary>
    /// Grows the subtree supplying <paramref name="points"/> from <paramref name="from"/>. Bronchus segments go to
    /// <paramref name="primary"/>; when <paramref name="companion"/> is given, a parallel artery is added, displaced
    /// sideways by the bronchus and artery radii (<paramref name="offset"/> at the start).
    /// </summary>
    private static void Grow(
        Vector3D from,
        Vector3D offset,
        Vector3D incoming,
        Span<Vector3D> points,
        double rootRadius,
        int total,
        Vector3D reference,
        List<Segment> primary,
        List<Segment>? companion)
    {
        int n = points.Length;
        double radius = rootRadius * Math.Cbrt((double)n / total);
        Vector3D target = n == 1 ? points[0] : from + (Centroid(points) - from) * 0.5;
        Vector3D step = target - from;
        if (step.Length < 0.5)
        {
            step = incoming * 0.5;
            target = from + step;
        }

        double endRadius = n == 1 ? radius * 0.8 : radius * 0.97;
        primary.Add(new Segment(from, target, radius, endRadius));
        Vector3D nextOffset = Vector3D.Zero;
        if (companion != null)
        {
            Vector3D direction = step.Normalized();
            Vector3D side = direction.Cross(reference);
            if (side.Length < 1e-3)
            {
                side = direction.Cross(new Vector3D(0.3, 0.5, 0.8));
            }

            double wall = Math.Max(0.6, 0.2 * endRadius);
            nextOffset = side.Normalized() * (endRadius + wall + 1.1 * endRadius + 0.4);
            companion.Add(new Segment(from + offset, target + nextOffset, radius, endRadius));
        }

        if (n == 1)
        {
            return;
        }

        Vector3D axis = PrincipalAxis(points);
        Span<double> keys = n <= 512 ? stackalloc double[n] : new double[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = points[i].Dot(axis);
        }

        keys.Sort(points);
        int half = n / 2;
        Vector3D heading = step.Normalized();
        Grow(target, nextOffset, heading, points[..half], rootRadius, total, reference, primary, companion);
        Grow(target, nextOffset, heading, points[half..], rootRadius, total, reference, primary, companion);
    }

    private static Vector3D Centroid(ReadOnlySpan<Vector3D> points)
    {
        Vector3D sum = Vector3D.Zero;
        foreach (Vector3D p in points)
        {
            sum += p;
        }

        return sum / points.Length;
    }

    /// <summary>The direction of largest spread (power iteration on the covariance matrix).</summary>
    private static Vector3D PrincipalAxis(ReadOnlySpan<Vector3D> points)
    {
        Vector3D c = Centroid(points);
        double xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0;
        foreach (Vector3D p in points)
        {
            Vector3D d = p - c;
            xx += d.X * d.X;
            xy += d.X * d.Y;
            xz += d.X * d.Z;
            yy += d.Y * d.Y;
            yz += d.Y * d.Z;
            zz += d.Z * d.Z;
        }

        var covariance = new Matrix3(xx, xy, xz, xy, yy, yz, xz, yz, zz);
        var v = new Vector3D(0.57, 0.58, 0.59);
        for (int i = 0; i < 12; i++)
        {
            Vector3D next = covariance * v;
            double length = next.Length;
            if (length < 1e-12)
            {
                return new Vector3D(0, 0, 1);
            }

            v = next / length;
        }

        return v;
    }
}
