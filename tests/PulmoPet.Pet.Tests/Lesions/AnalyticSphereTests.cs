using PulmoPet.Imaging;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Measures;

namespace PulmoPet.Pet.Tests.Lesions;

/// <summary>
/// A uniform sphere in a uniform background blurred by a known Gaussian, written from its closed form
/// (<see cref="BlurredSphere"/>), so every expected number is independent of the code under test.
/// </summary>
public sealed class AnalyticSphereTests
{
    // Sphere of radius 12 mm, SUV 1 + 9 = 10 in a background of 1, blurred by a 7 mm FWHM PSF.
    private static readonly BlurredSphere Sphere = new(12.0, 9.0, 1.0, 7.0 / 2.3548200450309493);

    private static (Volume<float> Pet, LesionInventory Inventory) Analyse()
    {
        var grid = TestScenes.Grid();
        var pet = TestScenes.Uniform(grid, 0f);
        Sphere.AddTo(pet, Vector3D.Zero);
        var lungs = TestScenes.Lungs(grid, _ => true);
        return (pet, LesionAnalyzer.Analyze(pet, null, lungs));
    }

    [Fact]
    public void FindsOneLesionWithTheExactSuvMax()
    {
        var (_, inventory) = Analyse();
        var lesion = Assert.Single(inventory.Lesions);
        // The centre is a voxel centre, so SUVmax is the closed form at ρ = 0 (to float precision).
        Assert.Equal(Sphere.ValueAt(0), lesion.SuvMax, 5);
        Assert.Equal(0.0, lesion.PeakMm.Length, 9);
    }

    [Fact]
    public void Mtv40IsTheVolumeAbove40PercentOfTheBlurredMaximum()
    {
        var (pet, inventory) = Analyse();
        var lesion = Assert.Single(inventory.Lesions);
        // Direct count from the closed-form image: every voxel centre whose blurred value ≥ 0.4 × f(0).
        double level = 0.4 * Sphere.ValueAt(0);
        int count = 0;
        var grid = pet.Geometry;
        for (int i = 0; i < grid.VoxelCount; i++)
        {
            var p = grid.IndexOf(i);
            count += Sphere.ValueAt(grid.IndexToWorld(p.X, p.Y, p.Z).Length) >= level ? 1 : 0;
        }

        double expectedMl = count * grid.VoxelVolumeMl;
        Assert.InRange(lesion.MetabolicTumorVolumeMl, 0.95 * expectedMl, 1.05 * expectedMl);
        Assert.Equal(lesion.SuvMean * lesion.MetabolicTumorVolumeMl, lesion.TotalLesionGlycolysis, 9);
    }

    [Fact]
    public void SuvPeakMatchesTheAnalyticMeanOverOneCubicCentimetre()
    {
        var (_, inventory) = Analyse();
        var lesion = Assert.Single(inventory.Lesions);
        // The brightest 1 cm³ sphere is the centred one; its mean is (3/r³)∫₀ʳ f(ρ)ρ²dρ with r = 6.2035 mm.
        double expected = Sphere.MeanInCentredBall(Math.Cbrt(3000 / (4 * Math.PI)));
        Assert.InRange(lesion.SuvPeak, 0.97 * expected, 1.03 * expected);
        Assert.InRange(lesion.SuvPeakLocal, 0.97 * expected, 1.03 * expected);
        Assert.Equal(6.2035, SuvPeak.SphereRadiusMm, 4);
    }

    [Fact]
    public void DiameterAndLocationFollowTheSphere()
    {
        var (_, inventory) = Analyse();
        var lesion = Assert.Single(inventory.Lesions);
        Assert.Equal(0.0, lesion.CentroidMm.Length, 6);
        // The 40% iso-surface radius from the closed form, found by bisection; the centre-to-centre
        // diameter on a 2 mm grid is within one voxel of twice it.
        double level = 0.4 * Sphere.ValueAt(0), low = 0, high = 30;
        for (int i = 0; i < 60; i++)
        {
            double mid = (low + high) / 2;
            (Sphere.ValueAt(mid) >= level ? ref low : ref high) = mid;
        }

        Assert.InRange(lesion.MaxDiameterMm, 2 * low - 2.0, 2 * low + 0.01);
        Assert.Equal("right", lesion.Side);
    }
}
