using PulmoPet.Imaging;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Study.Running;

/// <summary>What <c>study run</c> does: which steps, how many cases at once, which shard, which radiomics parameters.</summary>
public sealed record StudyRunOptions
{
    public static readonly IReadOnlyList<string> StepNames = ["convert", "lungs", "lesions", "features"];

    /// <summary>The steps to run (a subset of <see cref="StepNames"/>; they always run in pipeline order).</summary>
    public IReadOnlyList<string> Steps { get; init; } = StepNames;

    /// <summary>Cases processed at once (≥ 1); each gets ⌊cores / jobs⌋ threads. Outputs do not depend on it.</summary>
    public int Jobs { get; init; } = 1;

    public ShardSpec Shard { get; init; } = ShardSpec.All;

    /// <summary>PyRadiomics parameter file; null: the workspace's params.yaml, else <see cref="FeaturesStep.DefaultParameters"/>.</summary>
    public string? ParamsFile { get; init; }

    public LesionAnalysisOptions Lesions { get; init; } = LesionAnalysisOptions.Default;

    /// <summary>Parses <c>--steps convert,lungs,...</c>.</summary>
    public static IReadOnlyList<string> ParseSteps(string text)
    {
        var steps = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = steps.FirstOrDefault(s => !StepNames.Contains(s));
        if (unknown is not null || steps.Length == 0)
        {
            throw new InvalidInputException($"--steps {text} names {(unknown is null ? "no step" : $"the unknown step '{unknown}'")}; use a comma-separated list of {string.Join(", ", StepNames)}.");
        }

        return [.. StepNames.Where(steps.Contains)];
    }
}
