using System.CommandLine;
using PulmoPet.Study.Running;
using PulmoPet.Study.Workspace;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet study run DIR [--steps ...] [--jobs N] [--shard K/N] [--params P.yaml]</c>: runs the pending steps of the
/// workspace's cases. Exit code 0 when the run finished (failed cases are recorded and listed on stderr), 1 when every
/// case of the shard failed or the workspace cannot be used.
/// </summary>
public static class StudyRunCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Workspace folder made by 'study init'." };
        var steps = new Option<string>("--steps") { Description = "Steps to run, comma-separated, in pipeline order: convert,lungs,lesions,features.", DefaultValueFactory = _ => string.Join(",", StudyRunOptions.StepNames) };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Cases processed at once (outputs do not depend on it).", DefaultValueFactory = _ => 1 };
        var shard = new Option<string?>("--shard") { Description = "Run only shard K of N (0 <= K < N): the cases whose FNV-1a hash of case_id is K mod N." };
        var parameters = new Option<FileInfo?>("--params") { Description = "PyRadiomics parameter file for the features step (default: the workspace's params.yaml, else binWidth 0.25 SUV)." };
        var command = new Command("run", "Run the pipeline (convert, lungs, lesions, features) on the workspace's cases; completed steps are skipped, changed inputs redone.");
        command.Arguments.Add(directory);
        foreach (var option in new Option[] { steps, jobs, shard, parameters }) command.Options.Add(option);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var workspace = StudyWorkspace.Open(parse.GetValue(directory)!.FullName);
            var options = new StudyRunOptions
            {
                Steps = StudyRunOptions.ParseSteps(parse.GetValue(steps)!),
                Jobs = parse.GetValue(jobs),
                Shard = parse.GetValue(shard) is { } s ? ShardSpec.Parse(s) : ShardSpec.All,
                ParamsFile = parse.GetValue(parameters)?.FullName,
            };
            var summary = Run(context, workspace, options);
            foreach (var failed in summary.Cases.Where(c => c.Error is not null))
            {
                context.Error.WriteLine($"pulmopet: case {failed.CaseId} failed at step {failed.Error!.Step}: {failed.Error.Message}");
            }

            context.Output.WriteLine(
                $"{summary.Cases.Count} of {summary.ManifestCases} case(s) (shard {options.Shard}): {summary.Done} done, {summary.UpToDate} already up to date, {summary.Failed} failed; log {Path.GetRelativePath(workspace.Directory, summary.LogPath)}");
            return summary.Cases.Count > 0 && summary.Failed == summary.Cases.Count ? ErrorReporter.UserError : ErrorReporter.Success;
        }));
        return command;
    }

    private static StudyRunSummary Run(CliContext context, StudyWorkspace workspace, StudyRunOptions options)
    {
        if (!context.IsInteractive)
        {
            var plain = new StudyRunner(workspace, options)
            {
                CaseFinished = r => context.Output.WriteLine($"{r.CaseId}: {Describe(r)}"),
            };
            return plain.Run();
        }

        StudyRunSummary? summary = null;
        context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                int total = workspace.ReadManifest().Cases.Count(c => options.Shard.Contains(c.CaseId));
                var task = progress.AddTask($"{total} case(s)", maxValue: Math.Max(1, total));
                var live = new StudyRunner(workspace, options)
                {
                    CaseFinished = r =>
                    {
                        task.Increment(1);
                        task.Description = Markup.Escape($"{r.CaseId}: {Describe(r)}");
                    },
                };
                summary = live.Run();
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static string Describe(CaseResult r) => r.Outcome switch
    {
        CaseOutcome.Done => $"{r.StepsRun} step(s) run, {r.StepsSkipped} up to date",
        CaseOutcome.UpToDate => "up to date",
        _ => $"failed at {r.Error!.Step}",
    };
}
