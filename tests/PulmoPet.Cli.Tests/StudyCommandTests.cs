using PulmoPet.Study.Tests;

namespace PulmoPet.Cli.Tests;

public sealed class StudyCommandTests
{
    [Fact]
    public void InitRunTableReportEndToEnd()
    {
        using var temp = new TempDirectory();
        var (pet, ct, mask) = SmallCases.WriteImages(temp.File("in"), 1);
        File.WriteAllText(temp.File("cases.csv"), $"case_id,pet,ct,mask,label\nc1,{pet},{ct},{mask},a\nc2,{pet},{ct},{mask},b\nc3,{temp.File("none.nii.gz")},{ct},,a\n");
        string ws = temp.File("ws");

        var bad = CliRun.Of("study", "init", ws, "--manifest", temp.File("cases.csv"));
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal($"pulmopet: error: The manifest cases.csv row 4 (case c3): the pet path {temp.File("none.nii.gz")} does not exist.", Assert.Single(bad.ErrorLines));
        Assert.False(Directory.Exists(ws));

        File.WriteAllText(temp.File("cases.csv"), $"case_id,pet,ct,mask,label\nc1,{pet},{ct},{mask},a\nc2,{pet},{ct},{mask},b\n");
        var init = CliRun.Of("study", "init", ws, "--manifest", temp.File("cases.csv"));
        Assert.Equal((0, $"created study workspace {ws} with 2 case(s)\n"), (init.ExitCode, init.Output));

        var run = CliRun.Of("study", "run", ws, "--jobs", "2");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("c1: 4 step(s) run, 0 up to date", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"2 of 2 case\(s\) \(shard 0/1\): 2 done, 0 already up to date, 0 failed; log logs/run-\d{8}T\d{6}Z(-\d+)?\.log", run.Output);

        var again = CliRun.Of("study", "run", ws, "--shard", "0/1");
        Assert.Contains("2 already up to date", again.Output, StringComparison.Ordinal);

        var table = CliRun.Of("study", "table", ws, "--what", "lesions", "--out", temp.File("lesions.parquet"));
        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith($"wrote {temp.File("lesions.parquet")} (", table.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(ws, "errors.csv")));

        var report = CliRun.Of("study", "report", ws, "--label-column", "label");
        Assert.Equal((0, $"wrote {Path.Combine(ws, "report", "report.html")}\n"), (report.ExitCode, report.Output));
    }

    [Fact]
    public void BadOptionsAreOneSentence()
    {
        using var temp = new TempDirectory();
        var notWorkspace = CliRun.Of("study", "run", temp.Path);
        Assert.Equal((1, $"pulmopet: error: {temp.Path} is not a study workspace (it has no study.json); create it with 'pulmopet study init'."), (notWorkspace.ExitCode, notWorkspace.ErrorLines.Single()));

        var noSalt = CliRun.Of("study", "init", temp.File("ws"), "--manifest", temp.File("m.csv"), "--pseudonymize");
        Assert.Equal((1, "pulmopet: error: --pseudonymize needs --salt-file with the secret salt (kept outside the workspace)."), (noSalt.ExitCode, noSalt.ErrorLines.Single()));

        var what = CliRun.Of("study", "table", temp.Path, "--what", "x", "--out", temp.File("t.csv"));
        Assert.Equal(1, what.ExitCode);
    }
}
