using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Clinical;
using PulmoPet.Phantom.Rendering;

namespace PulmoPet.Phantom.Lesions;

/// <summary>
/// Places a patient's lesions in the painted lungs: draws the number and designs from the class profile,
/// then tries random centres in lung parenchyma, accepted with the class's zone preferences (upper lobes
/// for lung cancer, perihilar for lymphoma, lower and peripheral for metastases). A lesion must lie within
/// one lung with a margin, except juxtapleural ones, which must touch the chest wall or diaphragm
/// (4–35 % of their solid outside the lung, clipped later); lung cancers and lymphomas may also abut the
/// mediastinum. Lesions keep a gap of at least <see cref="MinimumGapMm"/> between their bounding spheres.
/// </summary>
internal static class LesionPlanner
{
    public const double MinimumGapMm = 4;

    private const int AttemptsPerSize = 300;

    private const int ExtraDesigns = 6;

    private static readonly OrganSet ChestWall = OrganSet.Of(
        OrganLabel.Body, OrganLabel.Ribs, OrganLabel.CostalCartilages, OrganLabel.Sternum);

    public static List<Lesion> Plan(LesionClass lesionClass, ClinicalRecord clinical, LungGeometry lungs, DeterministicRandom random)
    {
        LesionClassProfile profile = LesionClassProfile.For(lesionClass);
        int count = profile.DrawCount(random);
        var placed = new List<Lesion>();

        // A design that finds no room is shrunk (down to the class minimum), then tried away from the pleura;
        // if it still fails, a new design is drawn, a few times at most, so the drawn count is nearly always met.
        for (int draw = 0; placed.Count < count && draw < count + ExtraDesigns; draw++)
        {
            LesionDesign design = LesionDesign.Draw(lesionClass, placed.Count, clinical, random);
            Lesion? lesion = null;
            for (int shrink = 0; shrink < 6 && lesion is null; shrink++)
            {
                lesion = TryPlace(design, lungs, placed, random);
                if (lesion is null)
                {
                    design = design.Shrunk(Math.Max(0.88, profile.MinDiameterMm / design.DiameterMm));
                }
            }

            if (lesion is null && design.Juxtapleural)
            {
                lesion = TryPlace(design.AwayFromPleura(), lungs, placed, random);
            }

            if (lesion is not null)
            {
                lesion.Id = placed.Count + 1;
                placed.Add(lesion);
            }
        }

        return placed;
    }

    private static Lesion? TryPlace(LesionDesign design, LungGeometry lungs, List<Lesion> placed, DeterministicRandom random)
    {
        TissueMap map = lungs.Map;
        for (int attempt = 0; attempt < AttemptsPerSize; attempt++)
        {
            var p = new Vector3D(
                random.Uniform(lungs.Bounds.Min.X, lungs.Bounds.Max.X),
                random.Uniform(lungs.Bounds.Min.Y, lungs.Bounds.Max.Y),
                random.Uniform(lungs.Bounds.Min.Z, lungs.Bounds.Max.Z));
            if (map.IndexOf(p) is not int index)
            {
                continue;
            }

            var side = (LungSide)map.Side[index];
            if (side == LungSide.None || (OrganLabel)map.Organ[index] is not (OrganLabel.LungRight or OrganLabel.LungLeft))
            {
                continue;
            }

            if (!random.Bernoulli(ZonePreference(design.Class, side, p, lungs)))
            {
                continue;
            }

            Lesion candidate = design.Place(p, side, lungs.Hilum(side));
            if (placed.Any(other => (other.Center - candidate.Center).Length < other.BoundingRadius + candidate.BoundingRadius + MinimumGapMm))
            {
                continue;
            }

            if (Fits(candidate, design, map))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Acceptance probability of a centre for the class (the maximum is 1).</summary>
    private static double ZonePreference(LesionClass lesionClass, LungSide side, Vector3D p, LungGeometry lungs)
    {
        switch (lesionClass)
        {
            case LesionClass.PrimaryLungCancer:
            {
                // About two thirds of lung cancers arise in the upper lobes.
                Lobe lobe = lungs.Lungs.LobeAt(side, p);
                return lobe is Lobe.RightUpper or Lobe.LeftUpper ? 1.0 : 0.4;
            }

            case LesionClass.Lymphoma:
                // Perihilar, along the central bronchovascular bundles.
                return lungs.RadialDepth(side, p) < 0.45 ? 1.0 : 0.15;
            case LesionClass.Metastasis:
            {
                // Haematogenous spread follows blood flow: lower lobes and the subpleural periphery.
                bool lowerLobe = lungs.Lungs.LobeAt(side, p) is Lobe.RightLower or Lobe.LeftLower;
                double peripheral = lungs.RadialDepth(side, p) >= 0.6 ? 1.0 : 0.3;
                return (lowerLobe ? 1.0 : 0.4) * peripheral;
            }

            default:
                return lungs.Lungs.LobeAt(side, p) is Lobe.RightUpper or Lobe.LeftUpper ? 1.0 : 0.75;
        }
    }

    /// <summary>Checks where the candidate's solid lies: in its lung, against the chest wall, or elsewhere.</summary>
    private static bool Fits(Lesion lesion, LesionDesign design, TissueMap map)
    {
        ImageGeometry g = map.Grid;
        double margin = design.Juxtapleural ? 0 : 1.5;
        Shapes.Bounds b = lesion.Bounds.Expand(margin + 1);
        int x0 = Math.Max(0, (int)Math.Floor((b.Min.X - g.Origin.X) / g.Spacing.X));
        int y0 = Math.Max(0, (int)Math.Floor((b.Min.Y - g.Origin.Y) / g.Spacing.Y));
        int z0 = Math.Max(0, (int)Math.Floor((b.Min.Z - g.Origin.Z) / g.Spacing.Z));
        int x1 = Math.Min(g.Size.X - 1, (int)Math.Ceiling((b.Max.X - g.Origin.X) / g.Spacing.X));
        int y1 = Math.Min(g.Size.Y - 1, (int)Math.Ceiling((b.Max.Y - g.Origin.Y) / g.Spacing.Y));
        int z1 = Math.Min(g.Size.Z - 1, (int)Math.Ceiling((b.Max.Z - g.Origin.Z) / g.Spacing.Z));
        int inLung = 0, wall = 0, other = 0;
        for (int z = z0; z <= z1; z++)
        {
            for (int y = y0; y <= y1; y++)
            {
                int row = g.LinearIndex(0, y, z);
                for (int x = x0; x <= x1; x++)
                {
                    if (lesion.SignedDistance(map.Position(x, y, z)) >= margin)
                    {
                        continue;
                    }

                    int i = row + x;
                    if (map.Side[i] == (byte)lesion.Side)
                    {
                        inLung++;
                    }
                    else if (map.Side[i] == 0 && ChestWall.Contains(map.Organ[i]))
                    {
                        wall++;
                    }
                    else
                    {
                        other++;
                    }
                }
            }
        }

        int total = inLung + wall + other;
        if (total == 0 || x0 == 0 || y0 == 0 || z0 == 0 || x1 == g.Size.X - 1 || y1 == g.Size.Y - 1 || z1 == g.Size.Z - 1)
        {
            return false;
        }

        // Central lung cancers and perihilar lymphomas may abut the mediastinum and hilum.
        double otherAllowed = design.Class switch
        {
            LesionClass.Lymphoma => 0.25,
            LesionClass.PrimaryLungCancer => 0.12,
            _ => 0,
        };
        if (design.Juxtapleural)
        {
            double wallFraction = (double)wall / total;
            return wallFraction >= 0.04 && wallFraction <= 0.35 && other <= Math.Max(otherAllowed, 0.02) * total;
        }

        return wall == 0 && other <= otherAllowed * total;
    }
}
