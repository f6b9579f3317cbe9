using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Pet.Reference;
using PulmoPet.Pet.Tests.Cohort;
using Xunit.Abstractions;

namespace PulmoPet.Pet.Tests.Reference;

/// <summary>
/// PERCIST references placed automatically on the phantom, whose organs and designed uptakes are known:
/// clinical.csv's truth_liver_suv and truth_blood_pool_suv are the activities the generator painted, and
/// organs.nii.gz says where the liver (11) and the aorta (6) are.
/// </summary>
public sealed class PhantomReferenceTests(SyntheticCohortFixture cohort, ITestOutputHelper output) : IClassFixture<SyntheticCohortFixture>
{
    private const byte LiverOrgan = 11;
    private const byte AortaOrgan = 6;

    [Fact]
    public void TheLiverSphereLiesInTheLiverAndMeasuresItsUptake()
    {
        foreach (var (caseId, pet, ct, lungs, organs, truth) in Cases())
        {
            var reference = LiverReference.Measure(pet, ct, lungs);

            output.WriteLine($"{caseId}: liver mean {reference.MeanSuv:F3} SD {reference.SdSuv:F3} (truth {truth.Liver}) at {reference.CentreMm}, {reference.VoxelCount} voxels");
            Assert.Equal(LiverOrgan, OrganAt(organs, reference.CentreMm));
            // Every voxel of the 3 cm sphere lies in the liver, so the mean is the designed uptake up to noise.
            Assert.All(WorldShapesOf(organs.Geometry, reference.CentreMm, LiverReference.DiameterMm / 2), i => Assert.Equal(LiverOrgan, organs.Voxels[i]));
            Assert.InRange(reference.MeanSuv, 0.95 * truth.Liver, 1.05 * truth.Liver);
            Assert.Equal("sphere 30 mm", reference.Shape);
        }
    }

    [Fact]
    public void TheBloodPoolCylinderLiesInTheDescendingAortaAndMeasuresItsUptake()
    {
        foreach (var (caseId, pet, ct, lungs, organs, truth) in Cases())
        {
            var reference = BloodPoolReference.Measure(pet, ct, lungs);

            output.WriteLine($"{caseId}: blood pool mean {reference.MeanSuv:F3} SD {reference.SdSuv:F3} (truth {truth.BloodPool}) at {reference.CentreMm}, {reference.VoxelCount} voxels");
            Assert.Equal(AortaOrgan, OrganAt(organs, reference.CentreMm));
            // A 1 cm cylinder in a ≈ 2 cm aorta under a 5–8 mm PSF: partial volume lowers the mean a little.
            Assert.InRange(reference.MeanSuv, 0.9 * truth.BloodPool, 1.05 * truth.BloodPool);
        }
    }

    [Fact]
    public void TheThresholdIsTheFactorTimesTheMeanPlusTwoSd()
    {
        var (_, pet, ct, lungs, _, _) = Cases().First();
        var (threshold, uptake) = new ReferenceThreshold(ReferenceRegion.Liver, 1.5).Measure(pet, ct, lungs);
        Assert.Equal(1.5 * uptake.MeanSuv + 2 * uptake.SdSuv, threshold.Suv, 12);
    }

    private IEnumerable<(string CaseId, Volume<float> Pet, Volume Ct, Volume<byte> Lungs, Volume<byte> Organs, (double Liver, double BloodPool) Truth)> Cases()
    {
        var clinical = File.ReadAllLines(Path.Combine(cohort.Folder, "clinical.csv"));
        var header = clinical[0].Split(',');
        int liver = Array.IndexOf(header, "truth_liver_suv"), blood = Array.IndexOf(header, "truth_blood_pool_suv");
        foreach (string line in clinical.Skip(1))
        {
            var cells = line.Split(',');
            string folder = Path.Combine(cohort.Folder, cells[0]);
            yield return (cells[0],
                ImageFile.Read<float>(Path.Combine(folder, "pet_suv.nii.gz")),
                ImageFile.Read(Path.Combine(folder, "ct.nii.gz")),
                ImageFile.Read<byte>(Path.Combine(folder, "lungs.nii.gz")),
                ImageFile.Read<byte>(Path.Combine(folder, "organs.nii.gz")),
                (double.Parse(cells[liver], CultureInfo.InvariantCulture), double.Parse(cells[blood], CultureInfo.InvariantCulture)));
        }
    }

    private static byte OrganAt(Volume<byte> organs, Vector3D world)
    {
        var index = organs.Geometry.WorldToIndex(world);
        return organs[(int)Math.Round(index.X), (int)Math.Round(index.Y), (int)Math.Round(index.Z)];
    }

    private static List<int> WorldShapesOf(ImageGeometry grid, Vector3D centre, double radius)
    {
        var result = new List<int>();
        for (int i = 0; i < grid.VoxelCount; i++)
        {
            var p = grid.IndexOf(i);
            if ((grid.IndexToWorld(p.X, p.Y, p.Z) - centre).Length <= radius)
            {
                result.Add(i);
            }
        }

        return result;
    }
}
