namespace PulmoPet.Stats.Modeling.Preprocessing;

/// <summary>What preprocessing removed on one training set before selection.</summary>
public sealed record PreprocessingReport(
    int InputFeatures,
    IReadOnlyList<string> NearConstantRemoved,
    IReadOnlyList<CorrelatedFeature> CorrelatedRemoved,
    int Candidates);
