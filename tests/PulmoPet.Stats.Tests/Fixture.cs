namespace PulmoPet.Stats.Tests;

internal static class Fixture
{
    /// <summary>Path of a file under tests/PulmoPet.Stats.Tests/Fixtures (copied to the output folder).</summary>
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string TemporaryDirectory()
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pulmopet-stats-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
