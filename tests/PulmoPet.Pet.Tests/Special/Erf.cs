namespace PulmoPet.Special;

/// <summary>The error function by Numerical Recipes' erfcc Chebyshev fit (fractional error below 1.2e-7, ample for 3% and 5% tolerances).</summary>
internal static class Erf
{
    public static double Of(double x)
    {
        double z = Math.Abs(x);
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
            t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc : erfc - 1;
    }
}
