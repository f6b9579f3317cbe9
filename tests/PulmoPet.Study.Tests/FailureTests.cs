using PulmoPet.Study.Results;
using PulmoPet.Study.Running;

namespace PulmoPet.Study.Tests;

public sealed class FailureTests
{
    [Fact]
    public void TwentyCasesWithOneCorruptGiveNineteenCompleteAndOneError()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 20, corrupt: 7);

        var summary = new StudyRunner(workspace, new StudyRunOptions { Jobs = 2 }).Run();

        Assert.Equal(20, summary.Cases.Count);
        Assert.Equal(19, summary.Done);
        var failed = Assert.Single(summary.Cases, c => c.Outcome == CaseOutcome.Failed);
        Assert.Equal(("case07", "convert"), (failed.CaseId, failed.Error!.Step));
        Assert.DoesNotContain(temp.Path, failed.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failed.Error.Message);

        var errors = File.ReadAllLines(workspace.ErrorsPath);
        Assert.Equal("case_id,step,message", errors[0]);
        Assert.StartsWith("case07,convert,", Assert.Single(errors.Skip(1)), StringComparison.Ordinal);
        var cases = new StudyTables(workspace).Read(StudyTable.Cases);
        var status = Enumerable.Range(0, cases.Count).Select(r => cases.Cell(r, cases.ColumnIndex("status"))).ToArray();
        Assert.Equal(19, status.Count(s => s == "complete"));
        Assert.Equal("failed", status[6]);
        Assert.Equal(["error.csv"], Directory.GetFiles(Path.Combine(workspace.Directory, "cases/case07")).Select(Path.GetFileName));
        Assert.Empty(WorkspaceSnapshot.Temporaries(workspace.Directory));
        string log = File.ReadAllText(summary.LogPath);
        Assert.Contains("case07 convert: failed: ", log, StringComparison.Ordinal);
        Assert.Contains("end: 19 done, 0 already up to date, 1 failed", log, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailingWriteIsRecordedWithoutPartialFiles()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 2);
        var runner = new StudyRunner(workspace, new StudyRunOptions())
        {
            BeforeWrite = path =>
            {
                if (path.Contains("case02", StringComparison.Ordinal) && path.EndsWith("lesions.csv", StringComparison.Ordinal))
                {
                    throw new IOException("No space left on device.");
                }
            },
        };

        var summary = runner.Run();

        Assert.Equal(CaseOutcome.Done, summary.Cases[0].Outcome);
        Assert.Equal(new CaseError("case02", "lesions", "No space left on device."), summary.Cases[1].Error);
        string case02 = Path.Combine(workspace.Directory, "cases/case02");
        // The lesions step wrote lesions.nii.gz before failing: it is removed, and no later output or record exists.
        Assert.Equal(["ct.nii.gz", "error.csv", "lungs.nii.gz", "mask.nii.gz", "pet.nii.gz"], Directory.GetFiles(case02).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["convert.json", "lungs.json"], Directory.GetFiles(Path.Combine(case02, ".steps")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(WorkspaceSnapshot.Temporaries(workspace.Directory));

        var retried = new StudyRunner(workspace, new StudyRunOptions()).Run();
        Assert.Equal((CaseOutcome.Done, 2, 2), (retried.Cases[1].Outcome, retried.Cases[1].StepsRun, retried.Cases[1].StepsSkipped));
        Assert.False(File.Exists(Path.Combine(case02, "error.csv")));
    }

    [Fact]
    public void ACaseFolderThatCannotBeCreatedFailsThatCaseOnly()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 2);
        File.WriteAllText(Path.Combine(workspace.CasesDirectory, "case01"), "a file where the case folder should be");

        var summary = new StudyRunner(workspace, new StudyRunOptions()).Run();

        Assert.Equal((CaseOutcome.Failed, "setup"), (summary.Cases[0].Outcome, summary.Cases[0].Error!.Step));
        Assert.Equal(CaseOutcome.Done, summary.Cases[1].Outcome);
        Assert.Contains("case01", File.ReadAllText(summary.LogPath), StringComparison.Ordinal);
        Assert.Empty(WorkspaceSnapshot.Temporaries(workspace.Directory));
    }

    [Fact]
    public void AnUnwritableWorkspaceIsAClearErrorAndNothingIsWritten()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 2);
        Directory.Delete(workspace.LogsDirectory);
        File.WriteAllText(workspace.LogsDirectory, "a file where the logs folder should be");

        var e = Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() => new StudyRunner(workspace, new StudyRunOptions()).Run());

        Assert.StartsWith($"The workspace {workspace.Directory} is not writable, so nothing was run (", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(workspace.CasesDirectory));
    }
}
