using PulmoPet.Deep.Blocks;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Networks;

/// <summary>
/// A small residual CNN classifier (He et al., CVPR 2016) in 2-D or 3-D: a 3×3 stem
/// (<see cref="ConvNormActivation"/>), one <see cref="ResidualBlock"/> per stage (stride 2 after the first),
/// global average pooling, dropout and a linear layer.
/// Input [B, InChannels, D, H, W] (2-D: [B, InChannels, H, W]), each spatial size ≥ 2^(Stages−1);
/// output logits [B, Classes]. <see cref="Features"/> and <see cref="Head"/> split the network where
/// Grad-CAM looks (the last stage's feature maps).
/// </summary>
public sealed class ResidualClassifier : nn.Module<Tensor, Tensor>
{
    private readonly ConvNormActivation stem;
    private readonly ModuleList<nn.Module<Tensor, Tensor>> stages = new();
    private readonly nn.Module<Tensor, Tensor> dropout;
    private readonly nn.Module<Tensor, Tensor> linear;

    public ResidualClassifier(ClassifierOptions options)
        : base(nameof(ResidualClassifier))
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        stem = new ConvNormActivation(options.Dimensions, options.InChannels, options.ChannelsAt(0));
        for (int s = 0; s < options.Stages; s++)
        {
            long cin = options.ChannelsAt(Math.Max(0, s - 1));
            stages.Add(new ResidualBlock(options.Dimensions, cin, options.ChannelsAt(s), s == 0 ? 1 : 2));
        }

        dropout = nn.Dropout(options.Dropout);
        linear = nn.Linear(options.ChannelsAt(options.Stages - 1), options.Classes);
        RegisterComponents();
    }

    public ClassifierOptions Options { get; }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        return Head(Features(input)).MoveToOuterDisposeScope();
    }

    /// <summary>The last stage's feature maps [B, C_last, D/2^(S−1), H/2^(S−1), W/2^(S−1)].</summary>
    public Tensor Features(Tensor input)
    {
        if (input.dim() != Options.Dimensions + 2 || input.shape[1] != Options.InChannels)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"The classifier expects input [B, {Options.InChannels}, {(Options.Dimensions == 3 ? "D, " : string.Empty)}H, W]; got [{string.Join(", ", input.shape)}]."));
        }

        using var scope = NewDisposeScope();
        var x = stem.forward(input);
        foreach (var stage in stages)
        {
            x = stage.forward(x);
        }

        return x.MoveToOuterDisposeScope();
    }

    /// <summary>Global average pool, dropout, linear: [B, C_last, …] → logits [B, Classes].</summary>
    public Tensor Head(Tensor features)
    {
        using var scope = NewDisposeScope();
        return linear.forward(dropout.forward(Layers.GlobalAveragePool(features))).MoveToOuterDisposeScope();
    }
}
