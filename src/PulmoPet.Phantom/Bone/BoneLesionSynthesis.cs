using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;

namespace PulmoPet.Phantom.Bone;

/// <summary>
/// Bone metastases painted into a copy of a synthetic patient's CT: ellipsoids clipped to one bone
/// (vertebra, rib or sternum; the pelvis lies below the chest field of view), lytic or blastic. Lung-cancer
/// patients get lesions of lung origin, patients with metastases of an extrathoracic primary or lymphoma get
/// lesions of other origin, benign patients none. Lung-origin metastases are more often lytic and a little
/// larger (bone metastases of lung cancer are mostly osteolytic; of prostate and breast often osteoblastic),
/// but both patterns and sizes occur for both origins, so appearance overlaps.
/// </summary>
public static class BoneLesionSynthesis
{
    /// <summary>Fewest voxels a painted lesion may have; smaller draws are retried.</summary>
    public const int MinVoxels = 20;

    /// <summary>Probability of a lytic pattern for lung-origin and other-origin lesions.</summary>
    public const double LungLyticProbability = 0.7;

    public const double OtherLyticProbability = 0.35;

    public static BoneLesionImages Synthesize(SyntheticPatient patient, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var random = new DeterministicRandom(seed);
        ImageGeometry g = patient.Ct.Geometry;
        short[] ct = (short[])patient.Ct.Voxels.Clone();
        var labels = new byte[ct.Length];
        var truth = new List<BoneLesionTruth>();
        (BoneLesionOrigin? origin, int count) = Plan(patient.LesionClass, random);
        if (origin is not { } lesionOrigin)
        {
            return new BoneLesionImages(new Volume<short>(g, ct), new Volume<byte>(g, labels), truth);
        }

        var sites = new Dictionary<BoneSite, int[]>
        {
            [BoneSite.Vertebra] = VoxelsOf(patient.Organs.Voxels, OrganLabel.Vertebrae),
            [BoneSite.Rib] = VoxelsOf(patient.Organs.Voxels, OrganLabel.Ribs),
            [BoneSite.Sternum] = VoxelsOf(patient.Organs.Voxels, OrganLabel.Sternum),
        };
        for (int attempt = 0; attempt < 40 * count && truth.Count < count; attempt++)
        {
            double u = random.NextDouble();
            BoneSite site = u < 0.55 ? BoneSite.Vertebra : u < 0.85 ? BoneSite.Rib : BoneSite.Sternum;
            int[] candidates = sites[site];
            if (candidates.Length == 0)
            {
                continue;
            }

            Index3 centre = g.IndexOf(candidates[random.NextInt(candidates.Length)]);
            double diameter = lesionOrigin == BoneLesionOrigin.Lung ? random.Uniform(12, 32) : random.Uniform(10, 28);
            var radii = new Vector3D(diameter / 2 * random.Uniform(0.8, 1.2), diameter / 2 * random.Uniform(0.8, 1.2), diameter / 2 * random.Uniform(0.8, 1.2));
            List<int>? voxels = Ellipsoid(g, centre, radii, patient.Organs.Voxels, SiteLabel(site), labels);
            if (voxels is null || voxels.Count < MinVoxels)
            {
                continue;
            }

            bool lytic = random.Bernoulli(lesionOrigin == BoneLesionOrigin.Lung ? LungLyticProbability : OtherLyticProbability);
            double targetHu = lytic ? random.Uniform(0, 150) : random.Uniform(650, 1100);
            double originalMean = voxels.Average(i => (double)ct[i]);
            int id = truth.Count + 1;
            double sum = 0;
            Vector3D centroid = default;
            foreach (int i in voxels)
            {
                // Shift by the lesion's mean change so the CT's own noise and texture stay.
                ct[i] = (short)Math.Clamp(Math.Round(ct[i] + targetHu - originalMean), short.MinValue, short.MaxValue);
                labels[i] = (byte)id;
                sum += ct[i];
                Index3 v = g.IndexOf(i);
                centroid += g.IndexToWorld(v.X, v.Y, v.Z);
            }

            truth.Add(new BoneLesionTruth
            {
                CaseId = patient.CaseId,
                LesionId = id,
                Site = site,
                Pattern = lytic ? BonePattern.Lytic : BonePattern.Blastic,
                Origin = lesionOrigin,
                VoxelCount = voxels.Count,
                VolumeMl = voxels.Count * g.VoxelVolumeMl,
                CentroidMm = centroid * (1.0 / voxels.Count),
                MeanHu = sum / voxels.Count,
            });
        }

        return new BoneLesionImages(new Volume<short>(g, ct), new Volume<byte>(g, labels), truth);
    }

    /// <summary>The origin and number of bone lesions for a patient's diagnosis.</summary>
    private static (BoneLesionOrigin? Origin, int Count) Plan(LesionClass lesionClass, DeterministicRandom random) => lesionClass switch
    {
        LesionClass.PrimaryLungCancer => random.Bernoulli(0.8) ? (BoneLesionOrigin.Lung, random.IntInclusive(1, 3)) : (null, 0),
        LesionClass.Metastasis => random.Bernoulli(0.8) ? (BoneLesionOrigin.Other, random.IntInclusive(1, 3)) : (null, 0),
        LesionClass.Lymphoma => random.Bernoulli(0.5) ? (BoneLesionOrigin.Other, random.IntInclusive(1, 2)) : (null, 0),
        _ => (null, 0),
    };

    private static OrganLabel SiteLabel(BoneSite site) => site switch
    {
        BoneSite.Vertebra => OrganLabel.Vertebrae,
        BoneSite.Rib => OrganLabel.Ribs,
        _ => OrganLabel.Sternum,
    };

    private static int[] VoxelsOf(byte[] organs, OrganLabel label)
    {
        var list = new List<int>();
        for (int i = 0; i < organs.Length; i++)
        {
            if (organs[i] == (byte)label)
            {
                list.Add(i);
            }
        }

        return list.ToArray();
    }

    /// <summary>Voxels of the ellipsoid inside bone <paramref name="bone"/>; null when it touches an earlier lesion.</summary>
    private static List<int>? Ellipsoid(ImageGeometry g, Index3 centre, Vector3D radii, byte[] organs, OrganLabel bone, byte[] labels)
    {
        var voxels = new List<int>();
        Vector3D s = g.Spacing;
        int rx = (int)Math.Ceiling(radii.X / s.X), ry = (int)Math.Ceiling(radii.Y / s.Y), rz = (int)Math.Ceiling(radii.Z / s.Z);
        for (int z = Math.Max(0, centre.Z - rz); z <= Math.Min(g.Size.Z - 1, centre.Z + rz); z++)
        {
            for (int y = Math.Max(0, centre.Y - ry); y <= Math.Min(g.Size.Y - 1, centre.Y + ry); y++)
            {
                for (int x = Math.Max(0, centre.X - rx); x <= Math.Min(g.Size.X - 1, centre.X + rx); x++)
                {
                    double ex = (x - centre.X) * s.X / radii.X, ey = (y - centre.Y) * s.Y / radii.Y, ez = (z - centre.Z) * s.Z / radii.Z;
                    if (ex * ex + ey * ey + ez * ez > 1)
                    {
                        continue;
                    }

                    int i = g.LinearIndex(x, y, z);
                    if (labels[i] != 0)
                    {
                        return null;
                    }

                    if (organs[i] == (byte)bone)
                    {
                        voxels.Add(i);
                    }
                }
            }
        }

        return voxels;
    }
}
