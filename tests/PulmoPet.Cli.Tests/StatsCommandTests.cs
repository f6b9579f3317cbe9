using System.Globalization;

namespace PulmoPet.Cli.Tests;

public sealed class StatsCommandTests
{
    // Student's sleep data (R datasets::sleep): extra hours of sleep under two drugs.
    private static readonly double[] Drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] Drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    [Fact]
    public void CompareWritesStudentsTTestAsRComputesIt()
    {
        // R: t.test(extra ~ group, data = sleep, var.equal = TRUE) → t = -1.8608, df = 18, p-value = 0.07919
        using var temp = new TempDirectory();
        string input = temp.File("sleep.csv");
        var lines = new List<string> { "id,group,extra" };
        lines.AddRange(Drug1.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1},drug1,{v}")));
        lines.AddRange(Drug2.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 11},drug2,{v}")));
        File.WriteAllLines(input, lines);

        var run = CliRun.Of("stats", "compare", "--input", input, "--group", "group", "--continuous", "extra", "--out", temp.File("out"));

        Assert.Equal(0, run.ExitCode);
        var table = File.ReadAllLines(Path.Combine(temp.File("out"), "comparison.csv"));
        string[] header = table[0].Split(',');
        string[] row = Assert.Single(table.Skip(1)).Split(',');
        string Field(string name) => row[Array.IndexOf(header, name)];
        Assert.Equal("extra", Field("variable"));
        Assert.Equal("t-test", Field("test"));
        Assert.Equal(1.8608, Math.Abs(double.Parse(Field("statistic"), CultureInfo.InvariantCulture)), 4);
        Assert.Equal(18, double.Parse(Field("df"), CultureInfo.InvariantCulture));
        Assert.Equal(0.07919, double.Parse(Field("p_value"), CultureInfo.InvariantCulture), 5);
        Assert.True(File.Exists(Path.Combine(temp.File("out"), "comparison.md")));
    }

    [Fact]
    public void AMissingGroupColumnIsOneSentenceNamingIt()
    {
        using var temp = new TempDirectory();
        string input = temp.File("t.csv");
        File.WriteAllLines(input, ["a,b", "1,2", "3,4"]);
        var run = CliRun.Of("stats", "compare", "--input", input, "--group", "diagnosis", "--out", temp.File("out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("diagnosis", Assert.Single(run.ErrorLines));
        Assert.False(Directory.Exists(temp.File("out")) && Directory.GetFiles(temp.File("out")).Length > 0);
    }
}
