using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.Correlation;

/// <summary>
/// Pearson's product-moment correlation as R's <c>cor.test(x, y)</c>: t = r √(n−2)/√(1−r²) on n − 2 df,
/// two-sided p, and the 95% CI tanh(atanh(r) ± z₀.₉₇₅/√(n−3)) (Fisher's z, for n &gt; 3).
/// </summary>
public static class PearsonCorrelation
{
    public static double Coefficient(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        RequirePaired(x, y, 2);
        double mx = Summary.Mean(x), my = Summary.Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    public static CorrelationResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y, double confidenceLevel = 0.95)
    {
        RequirePaired(x, y, 3);
        int n = x.Count;
        double r = Coefficient(x, y);
        double df = n - 2;
        double t = Math.Sqrt(df) * r / Math.Sqrt(1 - r * r);
        double p = Tails.StudentTTwoSided(t, df);
        double lower = double.NaN, upper = double.NaN;
        if (n > 3)
        {
            double z = Math.Atanh(r);
            double half = Tails.NormalQuantile((1 + confidenceLevel) / 2) / Math.Sqrt(n - 3);
            lower = Math.Tanh(z - half);
            upper = Math.Tanh(z + half);
        }

        return new CorrelationResult("pearson", r, t, p, n, lower, upper) { PValueMethod = "t distribution" };
    }

    internal static void RequirePaired(IReadOnlyList<double> x, IReadOnlyList<double> y, int minimum)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException("x and y must have the same length.");
        }

        if (x.Count < minimum)
        {
            throw new ArgumentException($"At least {minimum} complete pairs are required.");
        }
    }
}
