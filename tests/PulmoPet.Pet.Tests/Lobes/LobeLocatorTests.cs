using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Lobes;
using PulmoPet.Pet.Tests.Cohort;

namespace PulmoPet.Pet.Tests.Lobes;

public sealed class LobeLocatorTests(SyntheticCohortFixture cohort) : IClassFixture<SyntheticCohortFixture>
{
    [Fact]
    public void DetectedPhantomLesionsGetTheLobeOfTheirTruthLesion()
    {
        // lesions_truth.csv's lobe column is the generator's own placement of each lesion.
        var truthLobes = File.ReadAllLines(Path.Combine(cohort.Folder, "lesions_truth.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => (c[0], int.Parse(c[1], CultureInfo.InvariantCulture)), c => c[16]);
        int compared = 0;
        foreach (var c in cohort.Result.Cases)
        {
            string folder = Path.Combine(cohort.Folder, c.CaseId);
            var pet = ImageFile.Read<float>(Path.Combine(folder, "pet_suv.nii.gz"));
            var inventory = LesionAnalyzer.Analyze(pet, null, ImageFile.Read<byte>(Path.Combine(folder, "lungs.nii.gz")));
            var located = LobeLocator.Assign(inventory, ImageFile.Read(Path.Combine(folder, "lobes.nii.gz")), LobeLabelScheme.PulmoPet);
            var evaluation = PulmoPet.Pet.Evaluation.SegmentationEvaluator.Evaluate(c.CaseId, located.Labels, ImageFile.Read(Path.Combine(folder, "lesions.nii.gz")));
            foreach (var match in evaluation.Lesions.Where(l => l.IsDetected))
            {
                Assert.Equal(truthLobes[(c.CaseId, match.TruthId)], located.Lesions.Single(l => l.LesionId == match.PredictedId).Lobe);
                compared++;
            }
        }

        Assert.True(compared > 0);
    }

    [Fact]
    public void TotalSegmentatorLabelsAreReadAsTheirLobes()
    {
        // TotalSegmentator v2 "total": 10 LUL, 11 LLL, 12 RUL, 13 RML, 14 RLL; 5 (liver) is no lobe.
        var grid = new ImageGeometry(new Size3(6, 1, 1), new Vector3D(4, 4, 4), Vector3D.Zero);
        var map = new Volume<byte>(grid);
        byte[] values = [10, 11, 12, 13, 14, 5];
        values.CopyTo(map.Voxels, 0);
        var locator = new LobeLocator(map, grid, LobeLabelScheme.TotalSegmentator);
        string[] expected = ["LUL", "LLL", "RUL", "RML", "RLL"];
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i], locator.Locate([i], grid.IndexToWorld(i, 0, 0)));
        }

        // Voxel 5 is the liver: the nearest lobe voxel (4, RLL) gives the lobe.
        Assert.Equal("RLL", locator.Locate([5], grid.IndexToWorld(5, 0, 0)));
        Assert.Equal("The lobe label scheme 'ltrc' is unknown; use one of: pulmopet, totalsegmentator.",
            Assert.Throws<InvalidInputException>(() => LobeLabelScheme.Named("ltrc")).Message);
    }

    [Fact]
    public void AMapWithoutLobesIsRefused()
    {
        var grid = new ImageGeometry(new Size3(9, 9, 9), new Vector3D(4, 4, 4), Vector3D.Zero);
        var inventory = LesionAnalyzer.Analyze(new Volume<float>(grid), null, new Volume<byte>(grid).Fill(1));
        var error = Assert.Throws<InvalidInputException>(() => LobeLocator.Assign(inventory, new Volume<byte>(grid), LobeLabelScheme.PulmoPet));
        Assert.Equal("The lobe map holds none of the pulmopet lobe labels (1 RUL, 2 RML, 3 RLL, 4 LUL, 5 LLL) where the PET is.", error.Message);
    }
}
