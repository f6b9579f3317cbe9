using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Related;

/// <summary>
/// Freezes or unfreezes a <see cref="Networks.UNet"/>'s encoder (its parameters named <c>encoder.*</c>) for
/// transfer learning: fine-tune the decoder on the new cohort first, then everything (as in the
/// CT-to-perfusion study's pre-train / fine-tune protocol). Adam skips parameters without gradients.
/// </summary>
public static class EncoderFreezing
{
    public const string EncoderPrefix = "encoder.";

    /// <summary>Sets <c>requires_grad</c> of every encoder parameter; returns how many parameters it touched.</summary>
    public static int SetEncoderTrainable(nn.Module model, bool trainable)
    {
        ArgumentNullException.ThrowIfNull(model);
        int count = 0;
        foreach (var (name, parameter) in model.named_parameters())
        {
            if (name.StartsWith(EncoderPrefix, StringComparison.Ordinal))
            {
                parameter.requires_grad = trainable;
                count++;
            }
        }

        return count;
    }
}
