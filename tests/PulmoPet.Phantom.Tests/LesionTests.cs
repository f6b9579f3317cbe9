using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Lesions;

namespace PulmoPet.Phantom.Tests;

[Collection(CohortCollection.Name)]
public sealed class LesionTests(CohortFixture cohort)
{
    /// <summary>The specification's ranges per class: count, diameter (mm), true SUVmax.</summary>
    public static TheoryData<LesionClass, int, int, double, double, double, double> ClassRanges => new()
    {
        { LesionClass.PrimaryLungCancer, 1, 2, 15, 50, 6, 20 },
        { LesionClass.Lymphoma, 2, 5, 12, 60, 8, 25 },
        { LesionClass.Benign, 1, 3, 8, 30, 1.5, 5 },
        { LesionClass.Metastasis, 3, 8, 6, 20, 3, 8 },
    };

    [Theory]
    [MemberData(nameof(ClassRanges))]
    public void CountsSizesAndUptakeFollowTheClass(LesionClass lesionClass, int minCount, int maxCount, double minDiameter, double maxDiameter, double minSuv, double maxSuv)
    {
        SyntheticPatient[] patients = cohort.Patients.Where(p => p.LesionClass == lesionClass).ToArray();
        Assert.NotEmpty(patients);
        foreach (SyntheticPatient p in patients)
        {
            Assert.InRange(p.LesionTruth.Count, minCount, maxCount);
            foreach (LesionTruth l in p.LesionTruth)
            {
                Assert.Equal(lesionClass, l.LesionClass);
                Assert.InRange(l.DiameterMm, minDiameter - 1e-9, maxDiameter + 1e-9);
                Assert.InRange(l.TrueSuvMax, minSuv * 0.999, maxSuv * 1.001);
                Assert.True(l.VoxelCount > 0);

                // The labelled solid matches the designed size (clipping at the pleura and lobulation aside).
                Assert.InRange(l.EquivalentDiameterMm, 0.35 * l.DiameterMm, 1.25 * l.DiameterMm);
                Assert.InRange(l.MaxDiameterMm, 0.6 * l.DiameterMm - 2, 1.6 * l.DiameterMm + 4);
                Assert.True(l.MeanHu > -450, $"{p.CaseId} lesion {l.LesionId}: solid lesions are far denser than lung (mean {l.MeanHu:F0} HU).");
            }
        }
    }

    [Fact]
    public void LesionsLieInTheLungsOnTheirSideWithoutOverlapOrTouching()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            ImageGeometry g = p.Lesions.Geometry;
            byte[] lesions = p.Lesions.Voxels;
            for (int i = 0; i < lesions.Length; i++)
            {
                byte id = lesions[i];
                if (id == 0)
                {
                    continue;
                }

                LesionTruth truth = p.LesionTruth.Single(l => l.LesionId == id);
                Assert.Equal((byte)truth.Side, p.Lungs.Voxels[i]);
                Index3 v = g.IndexOf(i);
                for (int dz = -1; dz <= 1; dz++)
                {
                    for (int dy = -1; dy <= 1; dy++)
                    {
                        for (int dx = -1; dx <= 1; dx++)
                        {
                            if (g.Size.Contains(v.X + dx, v.Y + dy, v.Z + dz))
                            {
                                byte neighbour = p.Lesions[v.X + dx, v.Y + dy, v.Z + dz];
                                Assert.True(neighbour == 0 || neighbour == id, $"{p.CaseId}: lesions {id} and {neighbour} touch.");
                            }
                        }
                    }
                }
            }

            Assert.Equal(Enumerable.Range(1, p.LesionTruth.Count), p.LesionTruth.Select(l => l.LesionId));
        }
    }

    [Fact]
    public void EachLesionIsOneConnectedComponent()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            foreach (LesionTruth l in p.LesionTruth)
            {
                Assert.Equal(l.VoxelCount, FloodFillSize(p.Lesions, (byte)l.LesionId));
            }
        }
    }

    [Fact]
    public void TruthTableMatchesTheLabelMapAndActivity()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            ImageGeometry g = p.Lesions.Geometry;
            foreach (LesionTruth l in p.LesionTruth)
            {
                long count = 0;
                double max = 0, sum = 0, sx = 0, sy = 0, sz = 0;
                for (int i = 0; i < p.Lesions.Voxels.Length; i++)
                {
                    if (p.Lesions.Voxels[i] == l.LesionId)
                    {
                        count++;
                        max = Math.Max(max, p.Activity.Voxels[i]);
                        sum += p.Activity.Voxels[i];
                        Index3 v = g.IndexOf(i);
                        Vector3D w = g.IndexToWorld(v.X, v.Y, v.Z);
                        sx += w.X;
                        sy += w.Y;
                        sz += w.Z;
                    }
                }

                Assert.Equal(count, l.VoxelCount);
                Assert.Equal(count * g.VoxelVolumeMl, l.VolumeMl, 9);
                Assert.Equal(max, l.TrueSuvMax, 6);
                Assert.Equal(sum / count, l.TrueSuvMean, 6);
                Assert.True((new Vector3D(sx, sy, sz) / count - l.CentroidMm).Length < 1e-6);
                Assert.True(l.BlurredSuvMax < l.TrueSuvMax, "The PSF lowers the maximum.");

                // The lobe named is the lobe holding the centroid's neighbourhood for compact lesions.
                Assert.Equal(l.Side, LungModel.SideOf(l.Lobe));
            }
        }
    }

    [Fact]
    public void SomeLesionsAreJuxtapleuralAndMostAreNot()
    {
        LesionTruth[] all = cohort.Patients.SelectMany(p => p.LesionTruth).ToArray();
        Assert.True(all.Length >= 12);
        Assert.Contains(all, l => l.Juxtapleural);
        Assert.Contains(all, l => !l.Juxtapleural);
    }

    private static int FloodFillSize(Volume<byte> labels, byte id)
    {
        ImageGeometry g = labels.Geometry;
        int start = Array.IndexOf(labels.Voxels, id);
        var seen = new HashSet<int> { start };
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            Index3 v = g.IndexOf(stack.Pop());
            for (int dz = -1; dz <= 1; dz++)
            {
                for (int dy = -1; dy <= 1; dy++)
                {
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int x = v.X + dx, y = v.Y + dy, z = v.Z + dz;
                        if (g.Size.Contains(x, y, z) && labels[x, y, z] == id && seen.Add(g.LinearIndex(x, y, z)))
                        {
                            stack.Push(g.LinearIndex(x, y, z));
                        }
                    }
                }
            }
        }

        return seen.Count;
    }
}
