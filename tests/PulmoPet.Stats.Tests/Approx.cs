namespace PulmoPet.Stats.Tests;

/// <summary>Assertions with an explicit relative tolerance.</summary>
internal static class Approx
{
    /// <summary>Default for exact p-values and closed-form statistics (the brief asks 1e-6 relative).</summary>
    public const double Relative = 1e-6;

    public static void Equal(double expected, double actual, double relative = Relative, double absolute = 1e-300)
    {
        double tolerance = Math.Max(Math.Abs(expected) * relative, absolute);
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            $"Expected {expected:R} but got {actual:R} (|diff| {Math.Abs(expected - actual):E3} > {tolerance:E3}).");
    }
}
