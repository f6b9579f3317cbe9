using PulmoPet.Deep.Blocks;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Networks;

/// <summary>
/// A 2-D or 3-D U-Net: 3D U-Net (Çiçek et al., MICCAI 2016) with nnU-Net's choices (Isensee et al.,
/// Nat Methods 2021): instance norm, leaky ReLU, strided convolutions for downsampling, transposed
/// convolutions for upsampling, optional residual blocks and deep supervision.
/// Input [B, InChannels, D, H, W] (2-D: [B, InChannels, H, W]) with D, H and W divisible by 2^Depth;
/// output logits [B, Classes, D, H, W].
/// </summary>
public sealed class UNet : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<nn.Module<Tensor, Tensor>> encoder = new();
    private readonly ModuleList<nn.Module<Tensor, Tensor>> upsampling = new();
    private readonly ModuleList<nn.Module<Tensor, Tensor>> decoder = new();
    private readonly ModuleList<nn.Module<Tensor, Tensor>> auxiliaryHeads = new();
    private readonly nn.Module<Tensor, Tensor> head;

    public UNet(UNetOptions options)
        : base(nameof(UNet))
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        int dims = options.Dimensions;
        nn.Module<Tensor, Tensor> Block(long cin, long cout, long stride) =>
            options.Residual ? new ResidualBlock(dims, cin, cout, stride) : new PlainBlock(dims, cin, cout, stride);

        encoder.Add(Block(options.InChannels, options.ChannelsAt(0), 1));
        for (int level = 1; level <= options.Depth; level++)
        {
            encoder.Add(Block(options.ChannelsAt(level - 1), options.ChannelsAt(level), 2));
        }

        // Decoder index i works at level Depth-1-i: upsample level+1 → level, concatenate the skip, block.
        for (int level = options.Depth - 1; level >= 0; level--)
        {
            upsampling.Add(Layers.UpConvolution(dims, options.ChannelsAt(level + 1), options.ChannelsAt(level)));
            decoder.Add(Block(2L * options.ChannelsAt(level), options.ChannelsAt(level), 1));
            if (options.DeepSupervision && level > 0)
            {
                auxiliaryHeads.Add(Layers.Convolution(dims, options.ChannelsAt(level), options.Classes, 1, bias: true));
            }
        }

        head = Layers.Convolution(dims, options.ChannelsAt(0), options.Classes, 1, bias: true);
        RegisterComponents();
    }

    public UNetOptions Options { get; }

    /// <summary>Logits [B, Classes, D, H, W] at full resolution.</summary>
    public override Tensor forward(Tensor input) => ForwardAll(input, auxiliary: false)[0];

    /// <summary>
    /// Full-resolution logits first, then (with deep supervision) the logits of the coarser decoder
    /// levels, finest first: level l has spatial size (D, H, W) / 2^l.
    /// </summary>
    public IReadOnlyList<Tensor> ForwardDeepSupervision(Tensor input) => ForwardAll(input, auxiliary: Options.DeepSupervision);

    private Tensor[] ForwardAll(Tensor input, bool auxiliary)
    {
        CheckInput(input);
        using var scope = NewDisposeScope();
        var skips = new List<Tensor>();
        var x = input;
        foreach (var block in encoder)
        {
            x = block.forward(x);
            skips.Add(x);
        }

        var coarse = new List<Tensor>();
        for (int i = 0; i < decoder.Count; i++)
        {
            int level = Options.Depth - 1 - i;
            x = upsampling[i].forward(x);
            x = decoder[i].forward(cat([x, skips[level]], 1));
            if (auxiliary && level > 0)
            {
                coarse.Add(auxiliaryHeads[i].forward(x));
            }
        }

        coarse.Reverse();
        var outputs = new[] { head.forward(x) }.Concat(coarse).ToArray();
        foreach (var output in outputs)
        {
            output.MoveToOuterDisposeScope();
        }

        return outputs;
    }

    private void CheckInput(Tensor input)
    {
        int expectedRank = Options.Dimensions + 2;
        if (input.dim() != expectedRank || input.shape[1] != Options.InChannels)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"The U-Net expects input [B, {Options.InChannels}, {(Options.Dimensions == 3 ? "D, " : string.Empty)}H, W]; got [{string.Join(", ", input.shape)}]."));
        }

        long multiple = 1L << Options.Depth;
        for (int axis = 2; axis < expectedRank; axis++)
        {
            if (input.shape[axis] % multiple != 0)
            {
                throw new ArgumentException(FormattableString.Invariant(
                    $"Every spatial size must be divisible by 2^depth = {multiple}; got [{string.Join(", ", input.shape)}]."));
            }
        }
    }
}
