using PulmoPet.Pet.Cohort;
using Xunit.Abstractions;

namespace PulmoPet.Pet.Tests.Cohort;

/// <summary>Lungs and lesions against the phantom's truth: the lungs are segmented from the CT, never taken from the truth.</summary>
public sealed class SyntheticCohortTests(SyntheticCohortFixture cohort, ITestOutputHelper output) : IClassFixture<SyntheticCohortFixture>
{
    [Fact]
    public void LungMasksReachDice097AgainstThePhantomLungs()
    {
        foreach (var c in cohort.Result.Cases)
        {
            output.WriteLine($"{c.CaseId}: lung Dice {c.LungDice:F4}");
            Assert.True(c.LungDice >= 0.97, $"{c.CaseId}: lung Dice {c.LungDice:F4}");
        }
    }

    [Fact]
    public void EveryFdgAvidLesionOf10MmOrMoreIsFoundWithFewFalsePositives()
    {
        var s = cohort.Result.Summary;
        output.WriteLine($"avid ≥10 mm: {s.AvidAtLeast10Mm.DetectedCount}/{s.AvidAtLeast10Mm.TruthCount}; all ≥10 mm {s.AtLeast10Mm.DetectedCount}/{s.AtLeast10Mm.TruthCount}; FP/patient {s.FalsePositivesPerPatient:F2}");
        foreach (var band in s.Bands)
        {
            output.WriteLine($"{band.Band}: detected {band.DetectedCount}/{band.TruthCount}, MTV40% Dice mean {band.MeanDice:F3} median {band.MedianDice:F3}");
        }

        Assert.True(s.AvidAtLeast10Mm.TruthCount > 0);
        Assert.True(s.AvidAtLeast10Mm.DetectionRate >= 0.95, $"detection {s.AvidAtLeast10Mm.DetectionRate:P1}");
        Assert.True(s.FalsePositivesPerPatient <= 0.2, $"FP/patient {s.FalsePositivesPerPatient}");
    }

    [Fact]
    public void DetectedLesionsOverlapTheirTruthWell()
    {
        var matched = cohort.Result.Cases.SelectMany(c => c.Evaluation.Lesions).Where(l => l.IsDetected).ToList();
        Assert.NotEmpty(matched);
        // MTV40% on a 4 mm PET against the CT-grid truth: partial volume limits small lesions, not large ones.
        Assert.All(matched.Where(l => l.TruthEquivalentDiameterMm >= 20), l => Assert.True(l.Dice >= 0.7, $"{l.CaseId} lesion {l.TruthId}: Dice {l.Dice:F2}"));
    }

    [Fact]
    public void LesionSidesAgreeWithTheTruthSides()
    {
        var truthSides = File.ReadAllLines(Path.Combine(cohort.Folder, "lesions_truth.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(cells => (cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture)), cells => cells[15]);
        foreach (var c in cohort.Result.Cases)
        {
            foreach (var match in c.Evaluation.Lesions.Where(l => l.IsDetected))
            {
                var lesion = c.Lesions.Single(l => l.LesionId == match.PredictedId);
                Assert.Equal(truthSides[(c.CaseId, match.TruthId)], lesion.Side);
            }
        }
    }
}
