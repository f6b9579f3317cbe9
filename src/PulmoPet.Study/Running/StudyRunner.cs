using PulmoPet.Imaging;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Running;

/// <summary>
/// Runs the pipeline steps over the cases of a workspace (docs/study.md, "Resume rules"):
/// <list type="bullet">
/// <item>a step whose record matches (same version and settings, same input hashes, outputs present with their recorded
/// hashes) is skipped; otherwise its record is removed, it runs, its outputs are renamed into place one by one and its
/// record is written last — so a run killed at any moment leaves either a complete step or one that is redone, and a
/// redone step writes the same bytes;</item>
/// <item>a step that fails writes the case's <c>error.csv</c> (case, step, one sentence), removes its own and later
/// steps' records and outputs (no stale result is left for the tables), and the run goes on with the next case;</item>
/// <item>every file of a case is in its folder, so shards (<see cref="ShardSpec"/>) never write the same file.</item>
/// </list>
/// </summary>
public sealed class StudyRunner
{
    private readonly StudyWorkspace _workspace;
    private readonly StudyRunOptions _options;
    private readonly IReadOnlyList<StudyStep> _steps;

    public StudyRunner(StudyWorkspace workspace, StudyRunOptions options)
    {
        _workspace = workspace;
        _options = options;
        if (options.Jobs < 1) throw new InvalidInputException("--jobs must be at least 1.");
        string? paramsPath = options.ParamsFile ?? (File.Exists(workspace.ParamsPath) ? workspace.ParamsPath : null);
        if (paramsPath is not null && !File.Exists(paramsPath))
        {
            throw new InvalidInputException($"The parameter file {paramsPath} does not exist.");
        }

        _steps =
        [
            new ConvertStep(),
            new LungsStep(options.Lesions.LungSegmentation),
            new LesionsStep(options.Lesions),
            paramsPath is null ? new FeaturesStep() : new FeaturesStep(File.ReadAllText(paramsPath), Path.GetFileName(paramsPath)),
        ];
    }

    /// <summary>Called after each case (from worker threads, one at a time).</summary>
    public Action<CaseResult>? CaseFinished { get; init; }

    /// <summary>Called before every file the run writes (tests use it to crash a run at a chosen write).</summary>
    internal Action<string>? BeforeWrite { get; init; }

    /// <summary>The cases of this run's shard, in manifest order.</summary>
    public IReadOnlyList<StudyCase> SelectCases(StudyManifest manifest) =>
        [.. manifest.Cases.Where(c => _options.Shard.Contains(c.CaseId))];

    public StudyRunSummary Run(DateTimeOffset? start = null, CancellationToken cancellationToken = default)
    {
        var manifest = _workspace.ReadManifest();
        var cases = SelectCases(manifest);
        RunLog log;
        try
        {
            log = RunLog.Create(_workspace.LogsDirectory, start ?? DateTimeOffset.UtcNow, _options.Shard);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"The workspace {_workspace.Directory} is not writable, so nothing was run ({e.Message}).");
        }

        using (log)
        {
            log.Line($"start: {cases.Count} of {manifest.Cases.Count} case(s) (shard {_options.Shard}), steps {string.Join(",", _options.Steps)}, jobs {_options.Jobs}");
            var results = new CaseResult[cases.Count];
            int threads = Math.Max(1, Environment.ProcessorCount / _options.Jobs);
            var gate = new Lock();
            try
            {
                Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Jobs, CancellationToken = cancellationToken }, i =>
                {
                    var result = RunCase(cases[i], new ParallelOptions { MaxDegreeOfParallelism = threads }, log, cancellationToken);
                    results[i] = result;
                    lock (gate) CaseFinished?.Invoke(result);
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.OfType<OperationCanceledException>().FirstOrDefault() is { } cancelled)
            {
                log.Line("stopped before the end: " + cancelled.Message);
                throw cancelled;
            }
            catch (OperationCanceledException)
            {
                log.Line("stopped before the end: cancelled");
                throw;
            }

            if (_options.Shard.IsWhole)
            {
                CaseError.WriteCohortErrors(_workspace);
            }

            var summary = new StudyRunSummary(results, manifest.Cases.Count, log.Path);
            log.Line($"end: {summary.Done} done, {summary.UpToDate} already up to date, {summary.Failed} failed");
            return summary;
        }
    }

    private CaseResult RunCase(StudyCase studyCase, ParallelOptions parallel, RunLog log, CancellationToken cancellationToken)
    {
        var folder = _workspace.Case(studyCase.CaseId);
        var context = new StepContext(studyCase, folder, parallel, BeforeWrite);
        int ran = 0, skipped = 0;
        StudyStep? current = null;
        try
        {
            Directory.CreateDirectory(folder.StepsDirectory);
            RemoveTemporaries(folder);
            foreach (var step in _steps.Where(s => _options.Steps.Contains(s.Name)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                current = step;
                var inputs = InputHashes(step, context);
                var outputs = step.Outputs(context);
                string recordPath = folder.StepRecord(step.Name);
                if (IsComplete(StepRecord.TryRead(recordPath), step, studyCase.CaseId, inputs, outputs, folder))
                {
                    skipped++;
                    ClearError(folder, step.Name);
                    continue;
                }

                File.Delete(recordPath);
                var started = DateTimeOffset.UtcNow;
                context.Notes.Clear();
                step.Run(context);
                var record = new StepRecord
                {
                    Step = step.Name,
                    CaseId = studyCase.CaseId,
                    Version = step.Version,
                    Settings = step.Settings,
                    Inputs = inputs,
                    Outputs = new SortedDictionary<string, string>(outputs.ToDictionary(o => o, o => ContentHash.Of(folder.File(o))), StringComparer.Ordinal),
                    Finished = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                };
                BeforeWrite?.Invoke(recordPath);
                record.Write(recordPath);
                ran++;
                ClearError(folder, step.Name);
                foreach (string note in context.Notes) log.Line($"{studyCase.CaseId} {step.Name}: note: {note}");
                log.Line($"{studyCase.CaseId} {step.Name}: done in {(DateTimeOffset.UtcNow - started).TotalSeconds:0.0} s");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = new CaseError(studyCase.CaseId, current?.Name ?? "setup", FailureMessage.Of(e, studyCase, _workspace.Directory));
            log.Line($"{studyCase.CaseId} {error.Step}: failed: {error.Message}");
            RecordFailure(context, current, error, log);
            return new CaseResult(studyCase.CaseId, CaseOutcome.Failed, ran, skipped, error);
        }

        return new CaseResult(studyCase.CaseId, ran > 0 ? CaseOutcome.Done : CaseOutcome.UpToDate, ran, skipped, null);
    }

    private static SortedDictionary<string, string> InputHashes(StudyStep step, StepContext context)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, path) in step.Inputs(context))
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new InvalidInputException(Path.GetDirectoryName(path) == context.Folder.Directory
                    ? $"The {step.Name} step needs {role}, which is missing; run the earlier steps first."
                    : $"The {role} input {path} does not exist.");
            }

            hashes[role] = ContentHash.Of(path);
        }

        return hashes;
    }

    private static bool IsComplete(StepRecord? record, StudyStep step, string caseId, SortedDictionary<string, string> inputs, IReadOnlyList<string> outputs, CaseFolder folder) =>
        record is not null
        && record.Step == step.Name && record.CaseId == caseId && record.Version == step.Version && record.Settings == step.Settings
        && record.Inputs.SequenceEqual(inputs)
        && record.Outputs.Keys.Order(StringComparer.Ordinal).SequenceEqual(outputs.Order(StringComparer.Ordinal))
        && record.Outputs.All(o => File.Exists(folder.File(o.Key)) && ContentHash.Of(folder.File(o.Key)) == o.Value);

    /// <summary>Writes the case's error and removes the failed step's and every later step's records, then their outputs.</summary>
    private void RecordFailure(StepContext context, StudyStep? failed, CaseError error, RunLog log)
    {
        try
        {
            BeforeWrite?.Invoke(context.Folder.ErrorPath);
            error.Write(context.Folder.ErrorPath);
            var later = failed is null ? _steps : _steps.SkipWhile(s => s != failed).ToList();
            foreach (var step in later) File.Delete(context.Folder.StepRecord(step.Name));
            foreach (var step in later)
            {
                foreach (string output in step.Outputs(context)) File.Delete(context.Folder.File(output));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Line($"{error.CaseId}: the error could not be recorded in the case folder ({FailureMessage.Of(e, context.Case, _workspace.Directory)})");
        }
    }

    private static void ClearError(CaseFolder folder, string step)
    {
        if (CaseError.TryRead(folder.ErrorPath) is { } error && error.Step == step)
        {
            File.Delete(folder.ErrorPath);
        }
    }

    /// <summary>Temporary files a killed run left behind (<c>.name.guid.tmp</c>, see AtomicFile); only this run works on this case.</summary>
    private static void RemoveTemporaries(CaseFolder folder)
    {
        foreach (string directory in new[] { folder.Directory, folder.StepsDirectory })
        {
            foreach (string file in Directory.GetFiles(directory, ".*.tmp")) File.Delete(file);
        }
    }
}
