using PulmoPet.Imaging;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Reporting;

namespace PulmoPet.Pet.Tests.Lesions;

/// <summary>Lesions given as a label map (a network's output) are measured by closed-form expectations.</summary>
public sealed class LesionMeasurementTests
{
    [Fact]
    public void BoxLesionsHaveTheirClosedFormMeasures()
    {
        var grid = TestScenes.Grid(21, 2.0);
        var pet = TestScenes.Uniform(grid, 1f);
        var labels = new Volume<byte>(grid);
        // Lesion 1: a 3×3×3 box at x,y,z 4..6 holding SUV 2 except one voxel of SUV 9.
        // Lesion 2: a 2×1×1 box at (15..16, 10, 10) holding SUV 3 and 5.
        for (int z = 4; z <= 6; z++)
        {
            for (int y = 4; y <= 6; y++)
            {
                for (int x = 4; x <= 6; x++)
                {
                    labels[x, y, z] = 1;
                    pet[x, y, z] = 2f;
                }
            }
        }

        pet[5, 6, 4] = 9f;
        labels[15, 10, 10] = 2;
        labels[16, 10, 10] = 2;
        pet[15, 10, 10] = 3f;
        pet[16, 10, 10] = 5f;
        var lungs = TestScenes.Lungs(grid, _ => true);

        var lesions = LesionMeasurement.FromLabels(pet, labels, lungs);

        Assert.Equal([1, 2], lesions.Select(l => l.LesionId));
        var first = lesions[0];
        Assert.Equal(9, first.SuvMax);
        Assert.Equal((26 * 2.0 + 9) / 27, first.SuvMean, 12);
        Assert.Equal(27 * 8 / 1000.0, first.MetabolicTumorVolumeMl, 12); // 27 voxels of 2×2×2 mm
        Assert.Equal(first.SuvMean * first.MetabolicTumorVolumeMl, first.TotalLesionGlycolysis, 12);
        Assert.Equal(grid.IndexToWorld(5, 5, 5), first.CentroidMm);
        Assert.Equal(grid.IndexToWorld(5, 6, 4), first.PeakMm);
        // Longest distance between voxel centres of a 3×3×3 box: the body diagonal, 2·√3 voxels of 2 mm.
        Assert.Equal(2 * Math.Sqrt(3) * 2.0, first.MaxDiameterMm, 9);

        var second = lesions[1];
        Assert.Equal(5, second.SuvMax);
        Assert.Equal(4, second.SuvMean, 12);
        Assert.Equal(2 * 8 / 1000.0, second.MetabolicTumorVolumeMl, 12);

        string[] table = LesionTable.Format("c1", lesions, double.NaN, "network").TrimEnd('\n').Split('\n');
        Assert.Equal(3, table.Length);
        Assert.StartsWith("c1,1,9,", table[1], StringComparison.Ordinal);
        Assert.EndsWith(",,network", table[1], StringComparison.Ordinal);
    }

    [Fact]
    public void LabelsOffThePetGridAreRefused()
    {
        var grid = TestScenes.Grid(11, 2.0);
        var other = TestScenes.Grid(11, 3.0);
        var ex = Assert.Throws<InvalidInputException>(() =>
            LesionMeasurement.FromLabels(TestScenes.Uniform(grid, 1f), new Volume<byte>(other), TestScenes.Lungs(grid, _ => true)));
        Assert.Contains("PET grid", ex.Message, StringComparison.Ordinal);
    }
}
