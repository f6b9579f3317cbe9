using System.Diagnostics;
using PulmoPet.Study.Running;
using PulmoPet.Study.Workspace;
using Xunit.Abstractions;

namespace PulmoPet.Study.Tests;

public sealed class TimingProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var sw = Stopwatch.StartNew();
        using var temp = new TempDirectory();
        var (pet, ct) = SmallCases.WriteImages(temp.File("in0"), 0);
        var (pet1, ct1) = SmallCases.WriteImages(temp.File("in1"), 1);
        output.WriteLine($"gen {sw.ElapsedMilliseconds} ms; pet {SmallCases.Patient(0).Pet.Size} ct {SmallCases.Patient(0).Ct.Size} lesions {SmallCases.Patient(0).LesionTruth.Count} {SmallCases.Patient(1).LesionTruth.Count}");
        File.WriteAllText(temp.File("m.csv"), SmallCases.Manifest("case_id,pet,ct,label", [$"a,{pet},{ct},x", $"b,{pet1},{ct1},y"]));
        var ws = StudyWorkspace.Create(temp.File("ws"), temp.File("m.csv"));
        sw.Restart();
        var summary = new StudyRunner(ws, new StudyRunOptions()).Run();
        output.WriteLine($"run {sw.ElapsedMilliseconds} ms; failed {summary.Failed}; {string.Join(" | ", summary.Cases.Select(c => c.Error?.Message))}");
        foreach (var f in Directory.GetFiles(temp.File("ws"), "*", SearchOption.AllDirectories)) output.WriteLine($"{f} {new FileInfo(f).Length}");
        output.WriteLine(File.ReadAllText(Directory.GetFiles(temp.File("ws/logs"))[0]));
        sw.Restart();
        summary = new StudyRunner(ws, new StudyRunOptions()).Run();
        output.WriteLine($"rerun {sw.ElapsedMilliseconds} ms; uptodate {summary.UpToDate}");
    }
}
