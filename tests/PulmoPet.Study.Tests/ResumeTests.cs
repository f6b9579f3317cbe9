using PulmoPet.Imaging.Io;
using PulmoPet.Study.Running;

namespace PulmoPet.Study.Tests;

public sealed class ResumeTests
{
    [Fact]
    public void ASecondRunSkipsEveryStepAndAChangedInputIsRedone()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 2);
        var first = new StudyRunner(workspace, new StudyRunOptions()).Run();
        Assert.All(first.Cases, c => Assert.Equal((CaseOutcome.Done, 4, 0), (c.Outcome, c.StepsRun, c.StepsSkipped)));
        var done = WorkspaceSnapshot.Of(workspace.Directory);

        var second = new StudyRunner(workspace, new StudyRunOptions()).Run();

        Assert.All(second.Cases, c => Assert.Equal((CaseOutcome.UpToDate, 0, 4), (c.Outcome, c.StepsRun, c.StepsSkipped)));
        Assert.Equal(done, WorkspaceSnapshot.Of(workspace.Directory));

        // case01 and case02 share nothing: give case01 patient 1's PET (new content, same path) → its steps are redone.
        ImageFile.Write(SmallCases.Patient(1).Pet, temp.File("in0/pet.nii.gz"));
        var third = new StudyRunner(workspace, new StudyRunOptions()).Run();

        Assert.Equal((CaseOutcome.Done, 4), (third.Cases[0].Outcome, third.Cases[0].StepsRun));
        Assert.Equal(CaseOutcome.UpToDate, third.Cases[1].Outcome);
        Assert.NotEqual(done["cases/case01/pet.nii.gz"], WorkspaceSnapshot.Of(workspace.Directory)["cases/case01/pet.nii.gz"]);
    }

    [Fact]
    public void ADeletedOrEditedOutputIsRedoneAndChangedSettingsRedoTheirStep()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 1);
        new StudyRunner(workspace, new StudyRunOptions()).Run();
        var done = WorkspaceSnapshot.Of(workspace.Directory);

        File.Delete(Path.Combine(workspace.Directory, "cases/case01/mip.png"));
        File.AppendAllText(Path.Combine(workspace.Directory, "cases/case01/features.csv"), "junk\n");
        var repaired = new StudyRunner(workspace, new StudyRunOptions()).Run();

        Assert.Equal(2, repaired.Cases[0].StepsRun); // lesions (mip.png) and features
        Assert.Equal(done, WorkspaceSnapshot.Of(workspace.Directory));

        File.WriteAllText(temp.File("params.yaml"), "setting:\n  binWidth: 0.5\nfeatureClass:\n  firstorder:\n");
        var reparametrised = new StudyRunner(workspace, new StudyRunOptions { ParamsFile = temp.File("params.yaml") }).Run();

        Assert.Equal((1, 3), (reparametrised.Cases[0].StepsRun, reparametrised.Cases[0].StepsSkipped));
        string header = File.ReadLines(Path.Combine(workspace.Directory, "cases/case01/features.csv")).First();
        Assert.StartsWith("case_id,lesion_id,", header, StringComparison.Ordinal);
        Assert.DoesNotContain("glcm", header, StringComparison.Ordinal);
    }

    /// <summary>
    /// A run crashed just before its k-th file write (every write of a case: images, tables, records) for several k
    /// drawn at random, each followed by a resumed run: the results equal those of one uninterrupted run, and no
    /// temporary file is left.
    /// </summary>
    [Fact]
    public void ARunCrashedAtAnyWriteResumesToTheSameResults()
    {
        using var temp = new TempDirectory();
        var reference = SmallCases.Workspace(temp, 2);
        new StudyRunner(reference, new StudyRunOptions()).Run();
        var expected = WorkspaceSnapshot.Of(reference.Directory);
        int writesPerRun = 2 * (3 + 2 + 4 + 2); // per case: convert 3 images + record, lungs, lesions 3 + record, features
        var random = new Random(20261123);
        var crashPoints = Enumerable.Range(0, 5).Select(_ => random.Next(1, writesPerRun + 1)).Append(writesPerRun).Distinct().ToArray();

        foreach (int crashAt in crashPoints)
        {
            using var run = new TempDirectory();
            var workspace = SmallCases.Workspace(run, 2);
            int writes = 0;
            var crashing = new StudyRunner(workspace, new StudyRunOptions { Jobs = 2 })
            {
                BeforeWrite = _ =>
                {
                    if (Interlocked.Increment(ref writes) == crashAt) throw new OperationCanceledException($"simulated crash at write {crashAt}");
                },
            };
            Assert.Throws<OperationCanceledException>(() => crashing.Run());

            var resumed = new StudyRunner(workspace, new StudyRunOptions()).Run();

            Assert.Equal(0, resumed.Failed);
            Assert.Equal(expected, WorkspaceSnapshot.Of(workspace.Directory));
            Assert.Empty(WorkspaceSnapshot.Temporaries(workspace.Directory));
        }
    }

    [Fact]
    public void StepsRunOnlyWhenAskedAndSayWhatIsMissing()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 1);

        var lesionsFirst = new StudyRunner(workspace, new StudyRunOptions { Steps = StudyRunOptions.ParseSteps("lesions") }).Run();

        Assert.Equal("The lesions step needs pet.nii.gz, which is missing; run the earlier steps first.", lesionsFirst.Cases[0].Error!.Message);
        var converted = new StudyRunner(workspace, new StudyRunOptions { Steps = StudyRunOptions.ParseSteps("convert,lungs") }).Run();
        Assert.Equal((CaseOutcome.Done, 2), (converted.Cases[0].Outcome, converted.Cases[0].StepsRun));
        Assert.Equal(["ct.nii.gz", "error.csv", "lungs.nii.gz", "mask.nii.gz", "pet.nii.gz"], Directory.GetFiles(Path.Combine(workspace.Directory, "cases/case01")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The lesions error stands until the lesions step itself succeeds.
        var lesions = new StudyRunner(workspace, new StudyRunOptions { Steps = StudyRunOptions.ParseSteps("lesions") }).Run();
        Assert.Equal((CaseOutcome.Done, 1), (lesions.Cases[0].Outcome, lesions.Cases[0].StepsRun));
        Assert.False(File.Exists(Path.Combine(workspace.Directory, "cases/case01/error.csv")));
        var e = Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() => StudyRunOptions.ParseSteps("convert,segment"));
        Assert.Equal("--steps convert,segment names the unknown step 'segment'; use a comma-separated list of convert, lungs, lesions, features.", e.Message);
    }
}
