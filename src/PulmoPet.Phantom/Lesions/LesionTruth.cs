using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Rendering;

namespace PulmoPet.Phantom.Lesions;

/// <summary>One row of <c>lesions_truth.csv</c>, measured on the label map and the noiseless activity.</summary>
public sealed record LesionTruth
{
    public required string CaseId { get; init; }

    public required int LesionId { get; init; }

    public required LesionClass LesionClass { get; init; }

    /// <summary>Centroid of the labelled voxels, LPS world mm.</summary>
    public required Vector3D CentroidMm { get; init; }

    public required int VoxelCount { get; init; }

    /// <summary>Voxel count × voxel volume.</summary>
    public required double VolumeMl { get; init; }

    /// <summary>Designed diameter (twice the largest semi-axis, spicules excluded).</summary>
    public required double DiameterMm { get; init; }

    /// <summary>Diameter of the sphere of the same volume.</summary>
    public required double EquivalentDiameterMm { get; init; }

    /// <summary>Largest distance between two labelled voxel centres (3D Feret diameter).</summary>
    public required double MaxDiameterMm { get; init; }

    /// <summary>Maximum of the true activity (CT grid, before PSF and noise) over the label: the lesion's designed SUVmax.</summary>
    public required double TrueSuvMax { get; init; }

    public required double TrueSuvMean { get; init; }

    /// <summary>Maximum over the label of the activity after PSF and PET-voxel averaging (CT grid, no noise).</summary>
    public required double BlurredSuvMax { get; init; }

    /// <summary>Mean CT number over the label (noisy CT).</summary>
    public required double MeanHu { get; init; }

    public required LungSide Side { get; init; }

    /// <summary>The lobe holding most of the lesion.</summary>
    public required Lobe Lobe { get; init; }

    public required CraniocaudalZone CraniocaudalZone { get; init; }

    public required RadialZone RadialZone { get; init; }

    /// <summary>The lesion touches the chest wall or diaphragm (a labelled voxel next to it).</summary>
    public required bool Juxtapleural { get; init; }

    public required LesionMorphology Morphology { get; init; }

    public required bool Necrotic { get; init; }

    public required bool Calcified { get; init; }

    public required bool AirBronchograms { get; init; }
}

internal static class LesionMeasurement
{
    private static readonly OrganSet ChestWall = OrganSet.Of(
        OrganLabel.Body, OrganLabel.Ribs, OrganLabel.CostalCartilages, OrganLabel.Sternum);

    public static LesionTruth Measure(
        string caseId,
        LesionFootprint footprint,
        ImageGeometry worldGrid,
        TissueMap map,
        byte[] lobes,
        float[] activity,
        float[] blurred,
        short[] ct,
        LungGeometry lungs)
    {
        Lesion lesion = footprint.Lesion;
        ImageGeometry g = map.Grid;
        var labelled = new List<int>(footprint.LabelledCount);
        for (int k = 0; k < footprint.Indices.Length; k++)
        {
            if (footprint.Labelled[k])
            {
                labelled.Add(footprint.Indices[k]);
            }
        }

        double sx = 0, sy = 0, sz = 0, suvSum = 0, huSum = 0;
        double suvMax = 0, blurredMax = 0;
        var lobeCounts = new int[6];
        bool juxtapleural = false;
        var set = new HashSet<int>(labelled);
        var surface = new List<Vector3D>();
        ReadOnlySpan<(int, int, int)> neighbours = [(1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1)];
        foreach (int i in labelled)
        {
            Index3 v = g.IndexOf(i);
            Vector3D world = worldGrid.IndexToWorld(v.X, v.Y, v.Z);
            sx += world.X;
            sy += world.Y;
            sz += world.Z;
            suvSum += activity[i];
            huSum += ct[i];
            suvMax = Math.Max(suvMax, activity[i]);
            blurredMax = Math.Max(blurredMax, blurred[i]);
            lobeCounts[lobes[i]]++;
            bool onSurface = false;
            foreach ((int dx, int dy, int dz) in neighbours)
            {
                int nx = v.X + dx, ny = v.Y + dy, nz = v.Z + dz;
                if (!g.Size.Contains(nx, ny, nz))
                {
                    onSurface = true;
                    continue;
                }

                int n = g.LinearIndex(nx, ny, nz);
                if (!set.Contains(n))
                {
                    onSurface = true;
                    if (map.Side[n] == 0 && ChestWall.Contains(map.Organ[n]))
                    {
                        juxtapleural = true;
                    }
                }
            }

            if (onSurface)
            {
                surface.Add(world);
            }
        }

        double maxDiameter = 0;
        for (int a = 0; a < surface.Count; a++)
        {
            for (int b = a + 1; b < surface.Count; b++)
            {
                Vector3D d = surface[a] - surface[b];
                maxDiameter = Math.Max(maxDiameter, d.Dot(d));
            }
        }

        int count = labelled.Count;
        double volumeMl = count * worldGrid.VoxelVolumeMl;
        Vector3D bodyToWorld = worldGrid.Origin - g.Origin;
        Vector3D centroid = count > 0 ? new Vector3D(sx / count, sy / count, sz / count) : lesion.Center + bodyToWorld;
        Vector3D bodyCentroid = centroid - bodyToWorld;
        int lobe = 1;
        for (int l = 2; l <= 5; l++)
        {
            if (lobeCounts[l] > lobeCounts[lobe])
            {
                lobe = l;
            }
        }

        return new LesionTruth
        {
            CaseId = caseId,
            LesionId = lesion.Id,
            LesionClass = lesion.Class,
            CentroidMm = centroid,
            VoxelCount = count,
            VolumeMl = volumeMl,
            DiameterMm = lesion.NominalDiameterMm,
            EquivalentDiameterMm = Math.Cbrt(6 * volumeMl * 1000 / Math.PI),
            MaxDiameterMm = Math.Sqrt(maxDiameter),
            TrueSuvMax = suvMax,
            TrueSuvMean = count > 0 ? suvSum / count : 0,
            BlurredSuvMax = blurredMax,
            MeanHu = count > 0 ? huSum / count : 0,
            Side = lesion.Side,
            Lobe = lobeCounts.Skip(1).Any(c => c > 0) ? (Lobe)lobe : lungs.Lungs.LobeAt(lesion.Side, lesion.Center),
            CraniocaudalZone = lungs.CraniocaudalZoneOf(lesion.Side, bodyCentroid.Z),
            RadialZone = lungs.RadialZoneOf(lesion.Side, bodyCentroid),
            Juxtapleural = juxtapleural,
            Morphology = lesion.Morphology,
            Necrotic = lesion.IsNecrotic,
            Calcified = lesion.IsCalcified,
            AirBronchograms = lesion.HasAirBronchograms,
        };
    }
}
