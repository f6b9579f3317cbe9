using PulmoPet.Imaging;
using PulmoPet.Web.Workspace;

namespace PulmoPet.Web.Tests;

public sealed class StudyWorkspaceTests
{
    [Theory]
    [InlineData("P001", true)]
    [InlineData("case_01.a-b", true)]
    [InlineData(".hidden", true)]
    [InlineData(".", false)]
    [InlineData("..", false)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    [InlineData("a\\b", false)]
    [InlineData("%2e%2e", false)]
    [InlineData("P 001", false)]
    [InlineData("Müller", false)]
    public void Case_ids_are_the_safe_folder_names_of_the_workspace_layout(string id, bool valid) =>
        Assert.Equal(valid, StudyWorkspace.IsValidCaseId(id));

    [Fact]
    public void A_folder_without_cases_is_not_a_workspace()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<InvalidInputException>(() => StudyWorkspace.Open(temp.Path));
        Assert.Equal($"{temp.Path} is not a study workspace: it has no cases/ folder (create one with `pulmopet study init` and `study run`).", error.Message);
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        using var temp = new TempDirectory();
        string missing = temp.File("nowhere");
        var error = Assert.Throws<InvalidInputException>(() => StudyWorkspace.Open(missing));
        Assert.Equal($"Study workspace {missing} does not exist.", error.Message);
    }

    [Fact]
    public void A_cases_folder_linked_out_of_the_workspace_is_refused()
    {
        using var temp = new TempDirectory();
        string elsewhere = Directory.CreateDirectory(temp.File("elsewhere")).FullName;
        string study = Directory.CreateDirectory(temp.File("study")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(study, "cases"), elsewhere);
        var error = Assert.Throws<InvalidInputException>(() => StudyWorkspace.Open(study));
        Assert.Contains("is a link to a folder outside the workspace", error.Message);
    }

    [Fact]
    public void A_workspace_reached_through_a_link_serves_its_own_files()
    {
        using var temp = new TempDirectory();
        string study = Directory.CreateDirectory(temp.File("study")).FullName;
        string case1 = Directory.CreateDirectory(Path.Combine(study, "cases", "P001")).FullName;
        File.WriteAllText(Path.Combine(case1, "lesions.csv"), "lesion_id\n");
        string link = temp.File("link-to-study");
        Directory.CreateSymbolicLink(link, study);
        var workspace = StudyWorkspace.Open(link);
        Assert.Equal(["P001"], workspace.CaseIds());
        Assert.Equal(Path.Combine(case1, "lesions.csv"), workspace.LesionTablePath("P001"));
        Assert.Null(workspace.VolumePath("P001", CaseVolume.Pet));
        Assert.Null(workspace.LesionTablePath(".."));
    }
}
