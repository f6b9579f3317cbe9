using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Two-sample Student t-test with pooled variance (R: <c>t.test(x, y, var.equal = TRUE)</c>; SPSS "Equal
/// variances assumed"): t = (x̄ − ȳ) / (s_p √(1/n₁ + 1/n₂)), s_p² = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2).
/// </summary>
public static class StudentTTest
{
    public static TestResult Compute(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        RequireTwoEach(x, y);
        int n1 = x.Count, n2 = y.Count;
        double df = n1 + n2 - 2;
        double pooled = ((n1 - 1) * Summary.Variance(x) + (n2 - 1) * Summary.Variance(y)) / df;
        double se = Math.Sqrt(pooled * (1.0 / n1 + 1.0 / n2));
        double t = (Summary.Mean(x) - Summary.Mean(y)) / se;
        return new TestResult(TestNames.StudentT, t, Tails.StudentTTwoSided(t, df), df) { Method = "pooled variance" };
    }

    internal static void RequireTwoEach(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count < 2 || y.Count < 2)
        {
            throw new ArgumentException("Each group needs at least two observations.");
        }
    }
}
