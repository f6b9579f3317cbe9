using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;

namespace PulmoPet.Phantom.Tests;

[Collection(CohortCollection.Name)]
public sealed class PatientAnatomyTests(CohortFixture cohort)
{
    [Fact]
    public void ClassesComeInBalancedBlocks()
    {
        LesionClass[] first = cohort.Patients.Take(4).Select(p => p.LesionClass).ToArray();
        LesionClass[] second = cohort.Patients.Skip(4).Take(4).Select(p => p.LesionClass).ToArray();
        Assert.Equal(LesionClasses.All.OrderBy(c => c), first.OrderBy(c => c));
        Assert.Equal(LesionClasses.All.OrderBy(c => c), second.OrderBy(c => c));
        Assert.Equal(["P001", "P002", "P003", "P004", "P005", "P006", "P007", "P008"], cohort.Patients.Select(p => p.CaseId));
    }

    [Fact]
    public void CtHasAboutTwoMillimetreVoxelsCoveringTheThorax()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            ImageGeometry g = p.Ct.Geometry;
            Assert.Equal(new Vector3D(2, 2, 2), g.Spacing);
            Assert.True(g.Direction.MaxAbsDifference(Matrix3.Identity) < 1e-12);
            Assert.InRange(g.Size.X * g.Spacing.X, 340, 380);
            Assert.InRange(g.Size.Z * g.Spacing.Z, 280, 340);

            // Air outside, the lungs well inside the field of view (apex and bases both scanned).
            Assert.InRange(p.Ct.Voxels[0], (short)-1100, (short)-900);
            Assert.Equal(0, p.Lungs[0, 0, 0]);
            int topSlice = g.Size.Z - 1;
            Assert.DoesNotContain((byte)1, p.Lungs.Slice(topSlice).ToArray());
            Assert.DoesNotContain((byte)2, p.Lungs.Slice(0).ToArray());
        }
    }

    [Fact]
    public void LungParenchymaHasLungDensity()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            long inRange = 0, total = 0;
            for (int i = 0; i < p.Ct.Voxels.Length; i++)
            {
                if (p.Organs.Voxels[i] is (byte)OrganLabel.LungRight or (byte)OrganLabel.LungLeft && p.Lesions.Voxels[i] == 0)
                {
                    total++;
                    if (p.Ct.Voxels[i] is >= -950 and <= -700)
                    {
                        inRange++;
                    }
                }
            }

            // Partial-volume voxels at vessels and pleura may fall outside; parenchyma itself may not.
            Assert.True(inRange > 0.9 * total, $"{p.CaseId}: {inRange} of {total} lung voxels in [−950, −700] HU.");
            double litres = total * p.Ct.Geometry.VoxelVolumeMl / 1000;
            Assert.InRange(litres, 2.0, 8.0);
        }
    }

    [Fact]
    public void CtNumbersAndNoiseMatchTheirTissues()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            // Liver voxels away from its edges: unenhanced liver ≈ 60 HU, spread = the centre's CT noise (10–20 HU).
            var liver = InteriorValues(p, OrganLabel.Liver);
            double mean = liver.Average();
            double sd = Math.Sqrt(liver.Sum(v => (v - mean) * (v - mean)) / (liver.Count - 1));
            Assert.InRange(mean, 25, 75);
            Assert.InRange(p.Scanner.CtNoiseHu, 10, 20);
            Assert.InRange(sd, 0.85 * p.Scanner.CtNoiseHu, 1.15 * p.Scanner.CtNoiseHu);

            // Vertebrae: cancellous ≈ 300 HU inside a cortex ≈ 700 HU.
            var spine = InteriorValues(p, OrganLabel.Vertebrae);
            spine.Sort();
            Assert.InRange(spine[spine.Count / 2], 150, 450);
            Assert.True(spine[^1] > 600);

            // Heart, aorta (blood, myocardium ≈ 40 HU) and subcutaneous fat (−100 HU).
            Assert.InRange(InteriorValues(p, OrganLabel.Aorta).Average(), 25, 60);
            Assert.InRange(InteriorValues(p, OrganLabel.Heart).Average(), 25, 60);
            Assert.InRange(p.Ct.Voxels[0], (short)-1024, (short)-940);
        }
    }

    /// <summary>CT numbers of voxels of <paramref name="organ"/> whose six neighbours carry the same label.</summary>
    private static List<double> InteriorValues(SyntheticPatient p, OrganLabel organ)
    {
        var values = new List<double>();
        Size3 n = p.Organs.Size;
        byte label = (byte)organ;
        for (int z = 1; z < n.Z - 1; z++)
        {
            for (int y = 1; y < n.Y - 1; y++)
            {
                for (int x = 1; x < n.X - 1; x++)
                {
                    if (p.Organs[x, y, z] == label && p.Organs[x - 1, y, z] == label && p.Organs[x + 1, y, z] == label
                        && p.Organs[x, y - 1, z] == label && p.Organs[x, y + 1, z] == label
                        && p.Organs[x, y, z - 1] == label && p.Organs[x, y, z + 1] == label)
                    {
                        values.Add(p.Ct[x, y, z]);
                    }
                }
            }
        }

        Assert.True(values.Count > 50, $"{p.CaseId}: too few interior {organ} voxels.");
        return values;
    }

    [Fact]
    public void RightLungIsAtNegativeXAndOrgansAreWhereTheyBelong()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            double midline = p.BodyToWorld.X;
            Vector3D right = VolumeStatistics.Centroid(p.Lungs, v => v == 1);
            Vector3D left = VolumeStatistics.Centroid(p.Lungs, v => v == 2);
            Assert.True(right.X < midline - 40 && left.X > midline + 40, $"{p.CaseId}: right lung at x={right.X:F0}, left at {left.X:F0}, midline {midline:F0}.");

            Vector3D liver = VolumeStatistics.Centroid(p.Organs, v => v == (byte)OrganLabel.Liver);
            Vector3D heart = VolumeStatistics.Centroid(p.Organs, v => v == (byte)OrganLabel.Heart);
            Vector3D spine = VolumeStatistics.Centroid(p.Organs, v => v == (byte)OrganLabel.Vertebrae);
            Vector3D sternum = VolumeStatistics.Centroid(p.Organs, v => v == (byte)OrganLabel.Sternum);
            Vector3D trachea = VolumeStatistics.Centroid(p.Organs, v => v == (byte)OrganLabel.Airways);
            Assert.True(liver.X < midline, "The liver lies on the right (negative x).");
            Assert.True(heart.X > midline, "The heart lies mostly on the left.");
            Assert.True(liver.Z < right.Z && liver.Z < heart.Z, "The liver lies below the lungs and heart (+z is superior).");
            Assert.True(spine.Y > heart.Y && sternum.Y < heart.Y, "Spine posterior (+y), sternum anterior of the heart.");
            Assert.True(trachea.Z > heart.Z, "Airways above the heart.");
        }
    }

    [Fact]
    public void LobesSubdivideTheLungs()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            var counts = new long[6];
            for (int i = 0; i < p.Lobes.Voxels.Length; i++)
            {
                byte lobe = p.Lobes.Voxels[i];
                byte lung = p.Lungs.Voxels[i];
                Assert.True(lung == 0 ? lobe == 0 : lobe != 0, "Every lung voxel, and only those, has a lobe.");
                if (lobe != 0)
                {
                    Assert.Equal(lobe <= 3 ? 1 : 2, lung);
                    counts[lobe]++;
                }
            }

            Assert.All(counts.Skip(1), c => Assert.True(c > 1000));
            Assert.True(counts[2] < counts[1] && counts[2] < counts[3], "The middle lobe is the smallest right lobe.");
            Vector3D rul = VolumeStatistics.Centroid(p.Lobes, v => v == (byte)Lobe.RightUpper);
            Vector3D rml = VolumeStatistics.Centroid(p.Lobes, v => v == (byte)Lobe.RightMiddle);
            Vector3D rll = VolumeStatistics.Centroid(p.Lobes, v => v == (byte)Lobe.RightLower);
            Vector3D lul = VolumeStatistics.Centroid(p.Lobes, v => v == (byte)Lobe.LeftUpper);
            Vector3D lll = VolumeStatistics.Centroid(p.Lobes, v => v == (byte)Lobe.LeftLower);
            Assert.True(rul.Z > rll.Z && lul.Z > lll.Z, "Upper lobes above lower lobes.");
            Assert.True(rll.Y > rml.Y && lll.Y > lul.Y, "Lower lobes posterior.");
        }
    }

    [Fact]
    public void OrganLungLabelsLieInTheLungMask()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            for (int i = 0; i < p.Organs.Voxels.Length; i++)
            {
                byte organ = p.Organs.Voxels[i];
                if (organ == (byte)OrganLabel.LungRight)
                {
                    Assert.Equal(1, p.Lungs.Voxels[i]);
                }
                else if (organ == (byte)OrganLabel.LungLeft)
                {
                    Assert.Equal(2, p.Lungs.Voxels[i]);
                }
            }
        }
    }

    [Fact]
    public void NormalTissueActivityIsNearItsTargets()
    {
        var liverMeans = new List<double>();
        foreach (SyntheticPatient p in cohort.Patients)
        {
            float[] activity = p.Activity.Voxels;
            byte[] organs = p.Organs.Voxels;
            (double liver, _, _) = VolumeStatistics.Masked(activity, organs, (byte)OrganLabel.Liver);
            (double aorta, _, _) = VolumeStatistics.Masked(activity, organs, (byte)OrganLabel.Aorta);
            (double lungRight, _, _) = VolumeStatistics.Masked(activity, organs, (byte)OrganLabel.LungRight);
            (double muscleAndFat, _, _) = VolumeStatistics.Masked(activity, organs, (byte)OrganLabel.Body);

            // Targets: liver ≈ 2.2, blood pool 1.5–2, lung ≈ 0.5, body wall between fat 0.3 and muscle 0.7.
            Assert.InRange(liver, 1.6, 3.0);
            Assert.InRange(aorta, 1.3, 2.3);
            Assert.InRange(lungRight, 0.3, 0.75);
            Assert.InRange(muscleAndFat, 0.25, 0.8);
            Assert.Equal(p.Tissue.LiverSuv, liver, 0.05 * p.Tissue.LiverSuv);
            Assert.Equal(p.Tissue.BloodPoolSuv, aorta, 0.08 * p.Tissue.BloodPoolSuv);
            Assert.True(liver > aorta, "Liver uptake exceeds the blood pool.");
            Assert.True(p.Activity.Voxels.All(v => v >= 0 && float.IsFinite(v)));
            liverMeans.Add(liver);
        }

        Assert.InRange(liverMeans.Average(), 1.9, 2.6);
    }

    [Fact]
    public void PetGridHasFourMillimetreVoxelsAndCoversTheCt()
    {
        foreach (SyntheticPatient p in cohort.Patients)
        {
            ImageGeometry ct = p.Ct.Geometry;
            ImageGeometry pet = p.Pet.Geometry;
            Assert.Equal(new Vector3D(4, 4, 4), pet.Spacing);
            Assert.NotEqual(ct.Size, pet.Size);
            Assert.True(pet.Direction.MaxAbsDifference(ct.Direction) < 1e-12);
            for (int axis = 0; axis < 3; axis++)
            {
                double ctMin = ct.Origin[axis] - ct.Spacing[axis] / 2;
                double ctMax = ctMin + ct.Size[axis] * ct.Spacing[axis];
                double petMin = pet.Origin[axis] - pet.Spacing[axis] / 2;
                double petMax = petMin + pet.Size[axis] * pet.Spacing[axis];
                Assert.True(petMin <= ctMin + 1e-6 && petMax >= ctMax - 1e-6, $"Axis {axis}: PET [{petMin}, {petMax}] vs CT [{ctMin}, {ctMax}].");
            }

            Assert.All(p.Pet.Voxels, v => Assert.True(v >= 0 && float.IsFinite(v)));
            Assert.True(p.Pet.Voxels.Max() > 1.0);
        }
    }
}
