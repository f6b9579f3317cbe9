using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Delineation;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Pet.Tests.Lesions;

/// <summary>Touching foci split at the saddle, hot neighbours do not leak in, uptake outside the lungs is no lesion.</summary>
public sealed class SeparationTests
{
    private static readonly double Sigma = 6.0 / 2.3548200450309493;

    [Fact]
    public void TouchingFociAreSplitAndEachKeepsItsOwnMtv40()
    {
        var grid = TestScenes.Grid();
        var hot = new BlurredSphere(8, 11, 1, Sigma);
        var warm = new BlurredSphere(8, 5, 1, Sigma);
        var a = new Vector3D(-12, 0, 0);
        var b = new Vector3D(12, 0, 0);
        var pet = TestScenes.Uniform(grid, 0f);
        hot.AddTo(pet, a);
        warm.AddTo(pet, b, addBackground: false);
        var lungs = TestScenes.Lungs(grid, _ => true);

        var inventory = LesionAnalyzer.Analyze(pet, null, lungs);

        Assert.Equal(2, inventory.LesionCount);
        Assert.Equal(a, inventory.Lesions[0].PeakMm);
        Assert.Equal(b, inventory.Lesions[1].PeakMm);
        // The warm focus alone: its 40% level lies below the hot neighbour's flank, so without the saddle
        // split its MTV would swallow part of the hot sphere. Each MTV must match the focus analysed alone.
        foreach (var (sphere, centre, lesion) in new[] { (hot, a, inventory.Lesions[0]), (warm, b, inventory.Lesions[1]) })
        {
            var alone = TestScenes.Uniform(grid, 0f);
            sphere.AddTo(alone, centre);
            var single = Assert.Single(LesionAnalyzer.Analyze(alone, null, lungs).Lesions);
            Assert.InRange(lesion.MetabolicTumorVolumeMl, 0.85 * single.MetabolicTumorVolumeMl, 1.05 * single.MetabolicTumorVolumeMl);
            Assert.All(lesion.Voxels, i => Assert.True((grid.IndexToWorld(grid.IndexOf(i).X, grid.IndexOf(i).Y, grid.IndexOf(i).Z) - centre).Length < 24));
        }

        Assert.Empty(inventory.Lesions[0].Voxels.Intersect(inventory.Lesions[1].Voxels));
    }

    [Fact]
    public void NoiseBumpsDoNotSplitALesion()
    {
        var grid = TestScenes.Grid();
        var pet = TestScenes.Uniform(grid, 0f);
        new BlurredSphere(12, 9, 1, Sigma).AddTo(pet, Vector3D.Zero);
        // A 0.3 SUV checkerboard ripple: many local maxima, none prominent.
        for (int i = 0; i < pet.Voxels.Length; i++)
        {
            var p = grid.IndexOf(i);
            pet.Voxels[i] += (p.X + p.Y + p.Z) % 2 == 0 ? 0.3f : 0f;
        }

        var inventory = LesionAnalyzer.Analyze(pet, null, TestScenes.Lungs(grid, _ => true));
        Assert.Single(inventory.Lesions);
    }

    [Fact]
    public void UptakeOutsideTheLungsIsNotALesionAndDoesNotLeakIntoOne()
    {
        // Lung: x < 0. A "heart" of SUV 9 centred outside (x = +20), a lesion inside at x = −16.
        var grid = TestScenes.Grid();
        var pet = TestScenes.Uniform(grid, 0f);
        var heart = new BlurredSphere(14, 8, 1, Sigma);
        var lesionSphere = new BlurredSphere(7, 5, 1, Sigma);
        heart.AddTo(pet, new Vector3D(20, 0, 0));
        lesionSphere.AddTo(pet, new Vector3D(-16, 0, 0), addBackground: false);
        var lungs = TestScenes.Lungs(grid, p => p.X < 0);

        var inventory = LesionAnalyzer.Analyze(pet, null, lungs);

        var lesion = Assert.Single(inventory.Lesions);
        Assert.Equal(new Vector3D(-16, 0, 0), lesion.PeakMm);
        Assert.All(lesion.Voxels, i => Assert.True(grid.IndexToWorld(grid.IndexOf(i).X, 0, 0).X < 2));
    }

    [Fact]
    public void DelineationRulesGiveNestedVolumes()
    {
        var grid = TestScenes.Grid();
        var pet = TestScenes.Uniform(grid, 0f);
        new BlurredSphere(12, 9, 1, Sigma).AddTo(pet, Vector3D.Zero);
        var lungs = TestScenes.Lungs(grid, _ => true);
        double Mtv(DelineationRule rule) => Assert.Single(LesionAnalyzer.Analyze(pet, null, lungs, new LesionAnalysisOptions { Delineation = rule }).Lesions).MetabolicTumorVolumeMl;

        double v40 = Mtv(DelineationRule.Relative(MtvThresholdDelineator.DefaultRelativeThreshold));
        double v41 = Mtv(DelineationRule.Relative(MtvThresholdDelineator.EanmRelativeThreshold));
        double v50 = Mtv(DelineationRule.Relative(MtvThresholdDelineator.HalfMaximumRelativeThreshold));
        double vAbs = Mtv(DelineationRule.Absolute(MtvThresholdDelineator.DefaultAbsoluteThresholdSuv));
        Assert.True(v40 >= v41 && v41 > v50, $"{v40} {v41} {v50}");
        Assert.True(vAbs > v40, $"SUV 2.5 is below 40% of ~10, so it delineates more: {vAbs} vs {v40}");
        Assert.Equal("relative_0.4", DelineationRule.Relative(0.4).Name);
    }

    [Fact]
    public void ResultsDoNotDependOnTheThreadCount()
    {
        var grid = TestScenes.Grid();
        var pet = TestScenes.Uniform(grid, 0f);
        new BlurredSphere(8, 9, 1, Sigma).AddTo(pet, new Vector3D(-12, 0, 0));
        new BlurredSphere(6, 4, 1, Sigma).AddTo(pet, new Vector3D(12, 4, 0), addBackground: false);
        var lungs = TestScenes.Lungs(grid, _ => true);
        var one = LesionAnalyzer.Analyze(pet, null, lungs, new LesionAnalysisOptions { Parallel = Parallelism.SingleThreaded });
        var four = LesionAnalyzer.Analyze(pet, null, lungs, new LesionAnalysisOptions { Parallel = Parallelism.WithDegree(4) });
        Assert.Equal(one.Labels.Voxels, four.Labels.Voxels);
        Assert.Equal(one.Lesions.Select(l => l.SuvPeak), four.Lesions.Select(l => l.SuvPeak));
    }
}
