using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Tests;

internal static class TensorAssert
{
    public static long ParameterCount(nn.Module module) => module.parameters().Sum(p => p.numel());

    public static void Shape(Tensor tensor, params long[] expected) => Assert.Equal(expected, tensor.shape);

    /// <summary>Every parameter received a finite gradient that is not identically zero.</summary>
    public static void AllParametersHaveGradients(nn.Module module)
    {
        foreach (var (name, parameter) in module.named_parameters())
        {
            var grad = parameter.grad;
            Assert.True(grad is not null, $"{name} has no gradient");
            Assert.True(grad!.isfinite().all().item<bool>(), $"{name} has a non-finite gradient");
            Assert.True(grad.abs().max().item<float>() > 0, $"{name} has an all-zero gradient");
        }
    }
}

/// <summary>Tensor factories taking a shape as parameters (TorchSharp's overloads stop at four sizes).</summary>
internal static class Make
{
    public static Tensor Random(params long[] shape) => randn(shape);

    public static Tensor Zeros(params long[] shape) => zeros(shape);
}
