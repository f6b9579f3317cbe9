using System.Text.RegularExpressions;
using PulmoPet.Study.Reporting;
using PulmoPet.Study.Running;

namespace PulmoPet.Study.Tests;

public sealed partial class ReportTests
{
    [Fact]
    public void TheReportIsOneOfflineFileWithEverySection()
    {
        using var temp = new TempDirectory();
        // Follow-up: case i has time 10·i months, an event for odd i.
        var workspace = SmallCases.Workspace(temp, 6, corrupt: 6, extra: i => $"{10 * i},{i % 2}", extraHeader: "followup_time,event");
        new StudyRunner(workspace, new StudyRunOptions { Jobs = 2 }).Run();

        string path = new StudyReport(workspace, new StudyReportOptions()).Write();

        Assert.Equal(Path.Combine(workspace.Directory, "report", "report.html"), path);
        string html = File.ReadAllText(path);
        Assert.DoesNotMatch(ExternalReference(), DataUri().Replace(html, "data:"));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var images = ImageSource().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.All(images, src => Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", src, StringComparison.Ordinal)); // PNG signature in base64
        foreach (string heading in new[] { "Cohort summary", "Failed cases", "Lesion inventory", "Group comparison by label", "ROC: suv_max for label = b", "Kaplan–Meier", "Patients" })
        {
            Assert.Contains(heading, html, StringComparison.Ordinal);
        }

        int lesions = Enumerable.Range(1, 5).Sum(i => File.ReadAllLines(Path.Combine(workspace.CasesDirectory, $"case{i:00}", "lesions.csv")).Length - 1);
        // One MIP per completed case, one slice per lesion, plus the ROC and Kaplan–Meier figures.
        Assert.Equal(5 + lesions + 2, images.Length);
        Assert.Contains("Failed at step convert", html, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.Path, html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutLabelsOrFollowUpThoseSectionsAreLeftOut()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 2);
        new StudyRunner(workspace, new StudyRunOptions()).Run();

        string html = new StudyReport(workspace, new StudyReportOptions { LabelColumn = "outcome" }).Build();

        Assert.DoesNotContain("Group comparison", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ROC", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kaplan", html, StringComparison.Ordinal);
        Assert.Contains("Lesion inventory", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LesionSliceOutlinesTheLesionOnTheCt()
    {
        var patient = SmallCases.Patient(1);
        var pet = patient.Pet;
        // A one-voxel "lesion" at the PET grid centre: its contour must show red pixels, and only one lesion colour.
        var labels = new PulmoPet.Imaging.Volume<ushort>(pet.Geometry);
        var centre = new PulmoPet.Imaging.Index3(pet.Size.X / 2, pet.Size.Y / 2, pet.Size.Z / 2);
        labels[centre] = 3;
        byte[] png = LesionSlice.Render(patient.Ct.ToFloat(), pet, labels, 3, pet.Geometry.IndexToWorld(centre.X, centre.Y, centre.Z));

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        int height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        // CT 4 mm: ±40 mm is 21 pixels; two panels (CT and PET) scaled ×11 to reach 220 px, 4 px apart.
        Assert.Equal((2 * 21 * 11 + 4, 21 * 11), (width, height));
    }

    [GeneratedRegex("(https?:|//[a-z]|url\\()", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("data:image/png;base64,[A-Za-z0-9+/=]*")]
    private static partial Regex DataUri();

    [GeneratedRegex("src=\"([^\"]*)\"")]
    private static partial Regex ImageSource();
}
