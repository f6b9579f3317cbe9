namespace PulmoPet.Imaging.Tests.Io.Reference;

public sealed class ReferenceDataTests
{
    [Fact]
    public void The_reference_data_folder_is_found()
    {
        Assert.True(File.Exists(Path.Combine(ReferenceData.Root, "README.md")), ReferenceData.Root);
    }

    [Fact]
    public void An_explicit_folder_wins_over_the_default()
    {
        using var folder = new TempDirectory();
        Assert.Equal(folder.Path, ReferenceData.Locate(folder.Path, ci: null, () => throw new InvalidOperationException("not asked")));
    }

    [Theory]
    [InlineData("true", "CI=true never skips reference tests")]
    [InlineData(null, "download it with scripts/get-reference-data.sh")]
    public void A_missing_folder_fails_with_instructions(string? ci, string expected)
    {
        string missing = Path.Combine(Path.GetTempPath(), "pulmopet-no-such-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<DirectoryNotFoundException>(() => ReferenceData.Locate(missing, ci, () => "/"));

        Assert.Contains(missing, e.Message);
        Assert.Contains(expected, e.Message);
    }
}
