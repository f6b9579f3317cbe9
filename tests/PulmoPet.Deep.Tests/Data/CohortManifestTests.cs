using PulmoPet.Deep.Data;
using PulmoPet.Imaging;

namespace PulmoPet.Deep.Tests.Data;

public sealed class CohortManifestTests
{
    [Fact]
    public void ManifestCsvResolvesPathsAgainstItsFolderAndLeavesMissingColumnsEmpty()
    {
        using var temp = new TempDirectory();
        string csv = temp.File("cohort.csv");
        File.WriteAllText(csv, "case_id,pet,ct,lesions,center\nA1,a/pet.nii.gz,a/ct.nii.gz,a/les.nii.gz,Lyon\n\"B,2\",/data/b/pet.nii,/data/b/ct.nii,,\"Paris\"\n");

        var cases = CohortManifest.Read(csv);

        Assert.Equal(2, cases.Count);
        Assert.Equal(new CohortCase("A1", Path.Combine(temp.Path, "a", "pet.nii.gz"), Path.Combine(temp.Path, "a", "ct.nii.gz"),
            null, Path.Combine(temp.Path, "a", "les.nii.gz"), null, "Lyon"), cases[0]);
        Assert.Equal(new CohortCase("B,2", "/data/b/pet.nii", "/data/b/ct.nii", null, null, null, "Paris"), cases[1]);
    }

    [Fact]
    public void PhantomFolderGivesEachCaseItsImagesClassAndCentre()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("clinical.csv"), "case_id,class,center,age_years\nP001,benign,2,61\nP002,lymphoma,1,48\n");

        var cases = CohortManifest.Read(temp.Path);

        string p2 = Path.Combine(temp.Path, "P002");
        Assert.Equal(new CohortCase("P002", Path.Combine(p2, "pet_suv.nii.gz"), Path.Combine(p2, "ct.nii.gz"),
            Path.Combine(p2, "lungs.nii.gz"), Path.Combine(p2, "lesions.nii.gz"), "lymphoma", "1"), cases[1]);
        Assert.Equal(["P001", "P002"], cases.Select(c => c.CaseId));
    }

    [Fact]
    public void CentresSelectCasesAndAnUnknownCentreNamesTheCentresThereAre()
    {
        var cases = new[] { "1", "2", "3", "1" }.Select((c, i) => new CohortCase($"P{i}", "p", "c", Center: c)).ToList();

        var selected = CohortManifest.OfCenters(cases, CohortManifest.ParseCenters(" 1, 3 "), "cohort");
        Assert.Equal(["P0", "P2", "P3"], selected.Select(c => c.CaseId));
        Assert.Same(cases, CohortManifest.OfCenters(cases, CohortManifest.ParseCenters(null), "cohort"));

        var error = Assert.Throws<InvalidInputException>(() => CohortManifest.OfCenters(cases, CohortManifest.ParseCenters("7"), "cohort"));
        Assert.Contains("its centres are 1, 2, 3", error.Message);
    }

    [Theory]
    [InlineData("case_id,pet\nA,a.nii\n", "no 'ct' column")]
    [InlineData("case_id,pet,ct\nA,a.nii,b.nii\nA,c.nii,d.nii\n", "case A more than once")]
    [InlineData("case_id,pet,ct\nA,,b.nii\n", "line 2: the 'pet' cell is empty")]
    [InlineData("case_id,pet,ct\nA,a.nii\n", "line 2 has 2 cells")]
    [InlineData("case_id,pet,ct\n", "lists no case")]
    public void ABadManifestIsOneSentenceNamingTheFile(string text, string expected)
    {
        using var temp = new TempDirectory();
        string csv = temp.File("bad.csv");
        File.WriteAllText(csv, text);

        var error = Assert.Throws<InvalidInputException>(() => CohortManifest.Read(csv));

        Assert.Contains(csv, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void AFolderWithoutClinicalTableIsNotACohort()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<InvalidInputException>(() => CohortManifest.Read(temp.Path));
        Assert.Contains("has no clinical.csv", error.Message);
    }
}
