using PulmoPet.Phantom.Clinical;

namespace PulmoPet.Phantom.Tests;

public sealed class ClinicalGeneratorTests
{
    private static List<ClinicalRecord> Draw(LesionClass lesionClass, int count)
    {
        var random = new DeterministicRandom(SeedMixer.Mix(99, (ulong)lesionClass));
        return Enumerable.Range(0, count)
            .Select(i => ClinicalGenerator.Generate($"P{i}", i, lesionClass, 1 + i % 3, 3, random))
            .ToList();
    }

    [Fact]
    public void ValuesArePlausibleForEveryClass()
    {
        foreach (LesionClass lesionClass in LesionClasses.All)
        {
            foreach (ClinicalRecord c in Draw(lesionClass, 500))
            {
                Assert.InRange(c.AgeYears, 20, 90);
                Assert.InRange(c.HeightCm, 145, 198);
                Assert.InRange(c.BodyMassIndex, 16, 43);
                Assert.Equal(c.BodyMassIndex, c.WeightKg / Math.Pow(c.HeightCm / 100, 2), 6);
                Assert.InRange(c.GlucoseMmolPerL, 3.9, 11.0); // EANM: do not scan above 11 mmol/L
                Assert.InRange(c.UptakeTimeMinutes, 50, 80);
                Assert.InRange(c.InjectedActivityMBq, 120, 500);
                Assert.Equal(c.Smoking == SmokingStatus.Never, c.PackYears == 0);
            }
        }
    }

    [Fact]
    public void DistributionsDifferByClassTheWayTheLiteratureDescribes()
    {
        List<ClinicalRecord> cancer = Draw(LesionClass.PrimaryLungCancer, 800);
        List<ClinicalRecord> lymphoma = Draw(LesionClass.Lymphoma, 800);
        List<ClinicalRecord> benign = Draw(LesionClass.Benign, 800);

        // Lung cancer patients are older and mostly (ever-)smokers with more pack-years.
        Assert.True(cancer.Average(c => c.AgeYears) > lymphoma.Average(c => c.AgeYears) + 5);
        double EverSmokers(List<ClinicalRecord> list) => list.Count(c => c.Smoking != SmokingStatus.Never) / (double)list.Count;
        Assert.True(EverSmokers(cancer) > 0.75);
        Assert.True(EverSmokers(lymphoma) < 0.65);
        Assert.True(cancer.Average(c => c.PackYears) > benign.Average(c => c.PackYears));

        // …but the distributions overlap: some never-smokers with cancer, some old lymphoma patients.
        Assert.Contains(cancer, c => c.Smoking == SmokingStatus.Never);
        Assert.Contains(lymphoma, c => c.AgeYears > cancer.Average(x => x.AgeYears));
    }
}
