namespace PulmoPet.Deep.Training;

/// <summary>
/// Probabilities and ranges of the training augmentations (a lighter version of nnU-Net's defaults).
/// Spatial transforms move image and labels together; intensity transforms touch the image only.
/// </summary>
public sealed record AugmentationOptions
{
    /// <summary>Probability of mirroring each spatial axis.</summary>
    public double FlipProbability { get; init; } = 0.5;

    /// <summary>Probability of a small rotation and/or scaling of a sample.</summary>
    public double AffineProbability { get; init; } = 0.2;

    public double MaxRotationDegrees { get; init; } = 15;

    /// <summary>Scale factors are drawn from [1 − MaxScaleChange, 1 + MaxScaleChange].</summary>
    public double MaxScaleChange { get; init; } = 0.15;

    /// <summary>Probability of a per-channel intensity change x → a·x + b.</summary>
    public double IntensityProbability { get; init; } = 0.15;

    /// <summary>a is drawn from [1 − MaxIntensityScaleChange, 1 + MaxIntensityScaleChange].</summary>
    public double MaxIntensityScaleChange { get; init; } = 0.1;

    /// <summary>b is drawn from [−MaxIntensityShift, MaxIntensityShift] (normalised units).</summary>
    public double MaxIntensityShift { get; init; } = 0.1;

    /// <summary>Probability of additive Gaussian noise with σ drawn from [0, MaxNoiseSigma].</summary>
    public double NoiseProbability { get; init; } = 0.15;

    public double MaxNoiseSigma { get; init; } = 0.1;

    /// <summary>No augmentation at all.</summary>
    public static AugmentationOptions None { get; } = new()
    {
        FlipProbability = 0, AffineProbability = 0, IntensityProbability = 0, NoiseProbability = 0,
    };
}
