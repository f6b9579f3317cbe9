using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Welch's unequal-variance t-test (R: <c>t.test(x, y)</c> default; SPSS "Equal variances not assumed"):
/// t = (x̄ − ȳ)/√(s₁²/n₁ + s₂²/n₂) with Welch–Satterthwaite df
/// ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)).
/// </summary>
public static class WelchTTest
{
    public static TestResult Compute(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        StudentTTest.RequireTwoEach(x, y);
        double a = Summary.Variance(x) / x.Count;
        double b = Summary.Variance(y) / y.Count;
        double se = Math.Sqrt(a + b);
        double df = (a + b) * (a + b) / (a * a / (x.Count - 1) + b * b / (y.Count - 1));
        double t = (Summary.Mean(x) - Summary.Mean(y)) / se;
        return new TestResult(TestNames.Welch, t, Tails.StudentTTwoSided(t, df), df) { Method = "Welch-Satterthwaite df" };
    }
}
