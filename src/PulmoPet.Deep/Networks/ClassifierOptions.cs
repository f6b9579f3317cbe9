namespace PulmoPet.Deep.Networks;

/// <summary>Which images a lesion classifier sees: CT only, PET only, or both as two channels.</summary>
public enum ClassifierInput
{
    Ct,
    Pet,
    Fused,
}

/// <summary>
/// The architecture of a <see cref="ResidualClassifier"/>. Stage s (0 … Stages−1) has
/// <see cref="BaseChannels"/>·2^s channels; every stage after the first halves the spatial size.
/// </summary>
public sealed record ClassifierOptions
{
    public int Dimensions { get; init; } = 3;

    public int InChannels { get; init; } = 2;

    public int Classes { get; init; } = 4;

    public int BaseChannels { get; init; } = 8;

    public int Stages { get; init; } = 3;

    /// <summary>Dropout before the linear layer (0 disables it).</summary>
    public double Dropout { get; init; } = 0.25;

    /// <summary>
    /// The lesion classifier on lesion-centred 3-D crops (lymphoma, lung cancer, benign, metastasis);
    /// <paramref name="input"/> sets 1 channel (CT or PET) or 2 (fused PET+CT).
    /// </summary>
    public static ClassifierOptions Lesion3d(ClassifierInput input) => new()
    {
        InChannels = input == ClassifierInput.Fused ? 2 : 1,
    };

    /// <summary>
    /// The small residual CNN of the EGFR study (Mu et al., Nat Commun 2020, "SResCNN"): 2-D 64×64
    /// crops with 3 channels (PET, CT, fused), two classes (EGFR wild type, mutant). Channel widths
    /// here are our CPU-sized defaults, not the paper's exact numbers.
    /// </summary>
    public static ClassifierOptions Egfr2d { get; } = new()
    {
        Dimensions = 2, InChannels = 3, Classes = 2, BaseChannels = 16, Stages = 4,
    };

    public int ChannelsAt(int stage) => BaseChannels << stage;

    public void Validate()
    {
        Blocks.Layers.CheckDimensions(Dimensions);
        if (InChannels < 1 || Classes < 2 || BaseChannels < 1 || Stages < 1 || Stages > 6 || Dropout is < 0 or >= 1)
        {
            throw new ArgumentException(
                "Classifier options need at least 1 input channel, 2 classes, 1 base channel, 1 to 6 stages and a dropout in [0, 1).");
        }
    }
}
