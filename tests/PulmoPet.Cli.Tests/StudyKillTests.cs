using System.Diagnostics;
using PulmoPet.Study.Tests;

namespace PulmoPet.Cli.Tests;

/// <summary>
/// The real thing: <c>pulmopet study run</c> as a child process, killed (SIGKILL, no chance to clean up) at random
/// moments, then run again to the end — the results equal those of an uninterrupted run of the same workspace.
/// </summary>
public sealed class StudyKillTests
{
    [Fact]
    public void ARunKilledAtRandomMomentsResumesToTheSameResults()
    {
        using var temp = new TempDirectory();
        var (pet0, ct0, mask0) = SmallCases.WriteImages(temp.File("in0"), 0);
        var (pet1, ct1, mask1) = SmallCases.WriteImages(temp.File("in1"), 1);
        File.WriteAllText(temp.File("cases.csv"),
            $"case_id,pet,ct,mask\nk1,{pet0},{ct0},{mask0}\nk2,{pet1},{ct1},{mask1}\nk3,{pet0},{ct0},\nk4,{pet1},{ct1},{mask1}\n");

        Assert.Equal(0, CliRun.Of("study", "init", temp.File("reference"), "--manifest", temp.File("cases.csv")).ExitCode);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, RunChild(temp.File("reference"), killAfter: null));
        double fullSeconds = clock.Elapsed.TotalSeconds;
        var expected = WorkspaceSnapshot.Of(temp.File("reference"));

        Assert.Equal(0, CliRun.Of("study", "init", temp.File("killed"), "--manifest", temp.File("cases.csv")).ExitCode);
        var random = new Random(1123);
        int killed = 0;
        for (int attempt = 0; attempt < 5; attempt++)
        {
            var delay = TimeSpan.FromSeconds(random.NextDouble() * fullSeconds);
            if (RunChild(temp.File("killed"), delay) == -1) killed++;
        }

        Assert.Equal(0, RunChild(temp.File("killed"), killAfter: null));
        Assert.True(killed > 0, "no run was killed before it ended");
        Assert.Equal(expected, WorkspaceSnapshot.Of(temp.File("killed")));
        Assert.Empty(WorkspaceSnapshot.Temporaries(temp.File("killed")));
    }

    /// <summary>Runs <c>pulmopet study run DIR --jobs 2</c>; returns its exit code, or −1 when it was killed after <paramref name="killAfter"/>.</summary>
    private static int RunChild(string workspace, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "pulmopet.dll"), "study", "run", workspace, "--jobs", "2" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return -1;
        }

        process.WaitForExit();
        return process.ExitCode;
    }
}
