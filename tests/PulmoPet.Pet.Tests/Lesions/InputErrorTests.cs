using PulmoPet.Imaging;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Pet.Tests.Lesions;

/// <summary>Bad inputs fail with one clear sentence.</summary>
public sealed class InputErrorTests
{
    [Fact]
    public void NaNVoxelsInThePetAreRefused()
    {
        var grid = TestScenes.Grid(9);
        var pet = TestScenes.Uniform(grid, 1f);
        pet[1, 2, 3] = float.NaN;
        var error = Assert.Throws<InvalidInputException>(() => LesionAnalyzer.Analyze(pet, null, TestScenes.Lungs(grid, _ => true)));
        Assert.Equal("The PET has 1 NaN voxel, first at (1, 2, 3).", error.Message);
    }

    [Fact]
    public void AnEmptyLungMaskIsRefused()
    {
        var grid = TestScenes.Grid(9);
        var error = Assert.Throws<InvalidInputException>(() => LesionAnalyzer.Analyze(TestScenes.Uniform(grid, 1f), null, new Volume<byte>(grid)));
        Assert.Contains("lung mask is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APetAndCtThatDoNotOverlapAreRefused()
    {
        var grid = TestScenes.Grid(9);
        var far = grid.WithOrigin(grid.Origin + new Vector3D(0, 0, 500));
        var error = Assert.Throws<InvalidInputException>(() => LesionAnalyzer.Analyze(TestScenes.Uniform(grid, 1f), new Volume<short>(far), null));
        Assert.StartsWith("The PET and the CT do not overlap in space", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LungsAreNeeded()
    {
        var grid = TestScenes.Grid(9);
        var error = Assert.Throws<InvalidInputException>(() => LesionAnalyzer.Analyze(TestScenes.Uniform(grid, 1f), null, null));
        Assert.Equal("Lung lesions need the lungs: give a CT to segment them from, or a lung mask.", error.Message);
    }

    [Fact]
    public void LungMaskValuesOtherThanRightAndLeftAreRefused()
    {
        var grid = TestScenes.Grid(9);
        var lungs = TestScenes.Lungs(grid, _ => true, 3);
        var error = Assert.Throws<InvalidInputException>(() => LesionAnalyzer.Analyze(TestScenes.Uniform(grid, 1f), null, lungs));
        Assert.Contains("lung masks use 0 (background), 1 (right lung) and 2 (left lung)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PercistThresholdsFollowTheirFormulas()
    {
        // PERCIST 1.0: 1.5 × liver mean + 2 SD; 2 × blood pool mean + 2 SD.
        Assert.Equal(1.5 * 2.2 + 2 * 0.3, UptakeThreshold.FromLiver(2.2, 0.3).Suv, 12);
        Assert.Equal(2 * 1.7 + 2 * 0.2, UptakeThreshold.FromBloodPool(1.7, 0.2).Suv, 12);
        Assert.Equal(2.5, UptakeThreshold.Default.Suv);
        Assert.Throws<InvalidInputException>(() => UptakeThreshold.FromLiver(-1));
    }
}
