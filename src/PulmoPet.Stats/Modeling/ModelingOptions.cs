using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Preprocessing;
using PulmoPet.Stats.Modeling.Selection;

namespace PulmoPet.Stats.Modeling;

/// <summary>Everything that defines how a radiomics model is trained; every step is fitted on the training rows only.</summary>
public sealed record ModelingOptions
{
    public ClassifierSettings Classifier { get; init; } = new();

    public FeatureSelectionMethod Selector { get; init; } = FeatureSelectionMethod.Mrmr;

    /// <summary>Features wanted; null = as many as the 10% cap allows. Never more than the cap.</summary>
    public int? FeatureCount { get; init; }

    public NearConstantFilter NearConstant { get; init; } = new();

    public CorrelationFilter Correlation { get; init; } = new();

    /// <summary>Balanced class weights (n / (K nₖ)); false = all 1.</summary>
    public bool BalancedClassWeights { get; init; } = true;

    /// <summary>Tune the hyper-parameters by an inner patient-grouped cross-validation (nested inside any outer split).</summary>
    public bool Tune { get; init; }

    public int TuningFolds { get; init; } = 3;

    public int Seed { get; init; } = 1;

    /// <summary>Maximum threads (0 = all cores); the results do not depend on it.</summary>
    public int Threads { get; init; }
}
