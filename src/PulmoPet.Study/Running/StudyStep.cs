namespace PulmoPet.Study.Running;

/// <summary>
/// One step of the per-case pipeline. A step reads files (its inputs, hashed into its record), writes files into the
/// case folder (its outputs) and nothing else, so it can be redone at any time with the same result.
/// </summary>
public abstract class StudyStep
{
    public abstract string Name { get; }

    /// <summary>Changes whenever the step's outputs for the same inputs would change (a new algorithm or format).</summary>
    public abstract string Version { get; }

    /// <summary>A fingerprint of the settings the outputs depend on.</summary>
    public abstract string Settings { get; }

    /// <summary>The files the step reads, by role.</summary>
    public abstract IReadOnlyList<(string Role, string Path)> Inputs(StepContext context);

    /// <summary>The files the step writes in the case folder.</summary>
    public abstract IReadOnlyList<string> Outputs(StepContext context);

    public abstract void Run(StepContext context);
}
