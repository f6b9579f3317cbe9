namespace PulmoPet.Deep.Networks;

/// <summary>
/// The architecture of a <see cref="UNet"/>; stored in a model manifest so a network can be rebuilt.
/// Level l (0 … <see cref="Depth"/>) has min(<see cref="BaseChannels"/>·2^l, <see cref="MaxChannels"/>) channels.
/// </summary>
public sealed record UNetOptions
{
    /// <summary>2 for slice-wise networks, 3 for volumetric ones.</summary>
    public int Dimensions { get; init; } = 3;

    public int InChannels { get; init; } = 2;

    /// <summary>Number of classes, background included; the network outputs one logit per class.</summary>
    public int Classes { get; init; } = 2;

    public int BaseChannels { get; init; } = 8;

    public int MaxChannels { get; init; } = 128;

    /// <summary>Number of stride-2 downsamplings; every spatial size must be divisible by 2^Depth.</summary>
    public int Depth { get; init; } = 3;

    /// <summary><see cref="Blocks.ResidualBlock"/>s when true, <see cref="Blocks.PlainBlock"/>s otherwise.</summary>
    public bool Residual { get; init; } = true;

    /// <summary>Adds 1×1 heads on the coarser decoder levels (nnU-Net deep supervision).</summary>
    public bool DeepSupervision { get; init; }

    /// <summary>The lesion segmenter: 3-D residual U-Net on 2-channel PET+CT patches, background/lesion. Trains on a CPU.</summary>
    public static UNetOptions LesionSegmentation3d { get; } = new();

    /// <summary>The lung-mask network: 2-D U-Net on one CT channel, background / right lung / left lung (as lungmask, Hofmanninger et al. 2020).</summary>
    public static UNetOptions LungMask2d { get; } = new()
    {
        Dimensions = 2, InChannels = 1, Classes = 3, BaseChannels = 8, Depth = 4, Residual = false,
    };

    /// <summary>Channels at level <paramref name="level"/>.</summary>
    public int ChannelsAt(int level) => (int)Math.Min((long)BaseChannels << level, MaxChannels);

    /// <summary>Throws unless every field is usable.</summary>
    public void Validate()
    {
        Blocks.Layers.CheckDimensions(Dimensions);
        if (InChannels < 1 || Classes < 2 || BaseChannels < 1 || MaxChannels < BaseChannels || Depth < 1 || Depth > 6)
        {
            throw new ArgumentException(
                "U-Net options need at least 1 input channel, 2 classes, 1 base channel, max channels ≥ base channels and a depth of 1 to 6.");
        }
    }
}
