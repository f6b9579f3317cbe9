using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace PulmoPet.Stats.Distributions;

/// <summary>
/// Tail probabilities of the reference distributions, computed from the regularised incomplete gamma and
/// beta functions directly (not as 1 − CDF) so that small p-values keep their relative precision, as R's
/// pchisq/pt/pf/pnorm with <c>lower.tail = FALSE</c> do.
/// </summary>
public static class Tails
{
    /// <summary>P(Z ≥ z) for a standard normal Z (R: <c>pnorm(z, lower.tail = FALSE)</c>).</summary>
    public static double NormalUpper(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2.0));

    /// <summary>P(Z ≤ z) for a standard normal Z (R: <c>pnorm(z)</c>).</summary>
    public static double NormalLower(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2.0));

    /// <summary>Two-sided normal p-value 2·min(P(Z ≤ z), P(Z ≥ z)).</summary>
    public static double NormalTwoSided(double z) => Math.Min(1.0, 2.0 * NormalUpper(Math.Abs(z)));

    /// <summary>Standard normal quantile (R: <c>qnorm(p)</c>).</summary>
    public static double NormalQuantile(double p) => Normal.InvCDF(0.0, 1.0, p);

    /// <summary>P(X ≥ x) for X ~ χ²(df) (R: <c>pchisq(x, df, lower.tail = FALSE)</c>) = Q(df/2, x/2).</summary>
    public static double ChiSquareUpper(double x, double df) =>
        x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);

    /// <summary>
    /// P(|T| ≥ |t|) for T ~ t(df) (R: <c>2 * pt(-abs(t), df)</c>) = I_{df/(df+t²)}(df/2, 1/2)
    /// (Abramowitz &amp; Stegun 26.7.1).
    /// </summary>
    public static double StudentTTwoSided(double t, double df)
    {
        if (double.IsInfinity(t))
        {
            return 0.0;
        }

        double x = df / (df + t * t);
        return Math.Min(1.0, SpecialFunctions.BetaRegularized(df / 2.0, 0.5, x));
    }

    /// <summary>P(T ≥ t) for T ~ t(df) (R: <c>pt(t, df, lower.tail = FALSE)</c>).</summary>
    public static double StudentTUpper(double t, double df)
    {
        double half = 0.5 * StudentTTwoSided(t, df);
        return t >= 0 ? half : 1.0 - half;
    }

    /// <summary>Quantile of t(df) (R: <c>qt(p, df)</c>).</summary>
    public static double StudentTQuantile(double p, double df) => StudentT.InvCDF(0.0, 1.0, df, p);

    /// <summary>
    /// P(F ≥ f) for F ~ F(d1, d2) (R: <c>pf(f, d1, d2, lower.tail = FALSE)</c>) = I_{d2/(d2+d1 f)}(d2/2, d1/2).
    /// </summary>
    public static double FisherUpper(double f, double d1, double d2)
    {
        if (f <= 0)
        {
            return 1.0;
        }

        if (double.IsPositiveInfinity(f))
        {
            return 0.0;
        }

        return SpecialFunctions.BetaRegularized(d2 / 2.0, d1 / 2.0, d2 / (d2 + d1 * f));
    }
}
