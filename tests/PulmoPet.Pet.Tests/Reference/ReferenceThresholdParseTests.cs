using PulmoPet.Imaging;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Reference;

namespace PulmoPet.Pet.Tests.Reference;

public sealed class ReferenceThresholdParseTests
{
    [Theory]
    [InlineData("liver", ReferenceRegion.Liver, 1.5)]
    [InlineData("liver:1.2", ReferenceRegion.Liver, 1.2)]
    [InlineData("blood-pool", ReferenceRegion.BloodPool, 2.0)]
    [InlineData("Blood-Pool:3", ReferenceRegion.BloodPool, 3.0)]
    public void ReferenceRulesParseWithPercistDefaults(string text, ReferenceRegion region, double factor)
    {
        var (fixedThreshold, reference) = ReferenceThreshold.Parse(text);
        Assert.Null(fixedThreshold);
        Assert.Equal(new ReferenceThreshold(region, factor), reference);
    }

    [Fact]
    public void ANumberIsAFixedSuv()
    {
        var (fixedThreshold, reference) = ReferenceThreshold.Parse("3.0");
        Assert.Null(reference);
        Assert.Equal(3.0, fixedThreshold!.Suv);
    }

    [Theory]
    [InlineData("spleen:2", "The threshold 'spleen:2' is neither an SUV nor liver[:factor] or blood-pool[:factor].")]
    [InlineData("liver:x", "The factor in the threshold 'liver:x' must be a positive number.")]
    [InlineData("liver:-1", "The factor in the threshold 'liver:-1' must be a positive number.")]
    public void BadRulesAreRefusedInOneSentence(string text, string message) =>
        Assert.Equal(message, Assert.Throws<InvalidInputException>(() => ReferenceThreshold.Parse(text)).Message);

    [Fact]
    public void PercistFormulaFromMeanAndSd()
    {
        // PERCIST 1.0: 1.5 × 2.0 + 2 × 0.3 = 3.6; 2 × 1.6 + 2 × 0.25 = 3.7.
        Assert.Equal(3.6, UptakeThreshold.FromReference("liver", 2.0, 0.3, 1.5).Suv, 12);
        Assert.Equal(3.7, UptakeThreshold.FromReference("blood pool", 1.6, 0.25, 2.0).Suv, 12);
    }
}
