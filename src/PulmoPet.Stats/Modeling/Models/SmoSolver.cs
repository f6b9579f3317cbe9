namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// The dual C-SVC problem min ½αᵀQα − eᵀα, 0 ≤ αᵢ ≤ Cᵢ, yᵀα = 0 with Qᵢⱼ = yᵢyⱼK(xᵢ, xⱼ), solved by sequential minimal
/// optimisation with libsvm's second-order working-set selection (Fan, Chen &amp; Lin 2005, J Mach Learn Res 6:1889;
/// libsvm 3.x <c>Solver::Solve</c> without shrinking, which changes the path, not the optimum). Stops when the maximal
/// violating pair's gap is below the tolerance. ρ is the mean of yᵢ∇ᵢ over free αᵢ (else the middle of its bounds),
/// and the decision value is f(x) = Σ αᵢyᵢK(xᵢ, x) − ρ.
/// </summary>
internal static class SmoSolver
{
    private const double Tau = 1e-12;

    /// <summary>Returns α and ρ.</summary>
    /// <param name="kernel">Full kernel matrix K(xᵢ, xⱼ).</param>
    /// <param name="y">±1 labels.</param>
    /// <param name="upper">Cᵢ per observation (C times the class weight).</param>
    /// <param name="tolerance">Stopping gap (libsvm -e, 10⁻³ by default).</param>
    /// <param name="maxIterations">Iteration bound (libsvm: max(10⁷, 100·n)).</param>
    public static (double[] Alpha, double Rho) Solve(double[][] kernel, int[] y, double[] upper, double tolerance, long maxIterations = 10_000_000)
    {
        int n = y.Length;
        var alpha = new double[n];
        var gradient = Enumerable.Repeat(-1.0, n).ToArray();
        var diagonal = Enumerable.Range(0, n).Select(i => kernel[i][i]).ToArray();
        double Q(int i, int j) => y[i] * y[j] * kernel[i][j];
        bool AtUpper(int i) => alpha[i] >= upper[i];
        bool AtLower(int i) => alpha[i] <= 0;

        for (long iteration = 0; iteration < Math.Max(maxIterations, 100L * n); iteration++)
        {
            // Working set (i, j): i the maximal violator, j by the second-order gain (libsvm select_working_set).
            double gmax = double.NegativeInfinity, gmax2 = double.NegativeInfinity, bestGain = double.PositiveInfinity;
            int i = -1, j = -1;
            for (int t = 0; t < n; t++)
            {
                if (y[t] == 1 ? !AtUpper(t) : !AtLower(t))
                {
                    double v = -y[t] * gradient[t];
                    if (v >= gmax)
                    {
                        gmax = v;
                        i = t;
                    }
                }
            }

            for (int t = 0; t < n; t++)
            {
                if (y[t] == 1 ? AtLower(t) : AtUpper(t))
                {
                    continue;
                }

                double v = y[t] * gradient[t];
                gmax2 = Math.Max(gmax2, v);
                double gradDiff = gmax + v;
                if (i >= 0 && gradDiff > 0)
                {
                    double quad = diagonal[i] + diagonal[t] - 2.0 * kernel[i][t];
                    double gain = -(gradDiff * gradDiff) / (quad > 0 ? quad : Tau);
                    if (gain <= bestGain)
                    {
                        bestGain = gain;
                        j = t;
                    }
                }
            }

            if (gmax + gmax2 < tolerance || j == -1)
            {
                break;
            }

            double oldI = alpha[i], oldJ = alpha[j];
            double ci = upper[i], cj = upper[j];
            if (y[i] != y[j])
            {
                double quad = diagonal[i] + diagonal[j] + 2 * Q(i, j);
                double delta = (-gradient[i] - gradient[j]) / (quad > 0 ? quad : Tau);
                double diff = alpha[i] - alpha[j];
                alpha[i] += delta;
                alpha[j] += delta;
                if (diff > 0)
                {
                    if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = diff; }
                }
                else if (alpha[i] < 0)
                {
                    alpha[i] = 0;
                    alpha[j] = -diff;
                }

                if (diff > ci - cj)
                {
                    if (alpha[i] > ci) { alpha[i] = ci; alpha[j] = ci - diff; }
                }
                else if (alpha[j] > cj)
                {
                    alpha[j] = cj;
                    alpha[i] = cj + diff;
                }
            }
            else
            {
                double quad = diagonal[i] + diagonal[j] - 2 * Q(i, j);
                double delta = (gradient[i] - gradient[j]) / (quad > 0 ? quad : Tau);
                double sum = alpha[i] + alpha[j];
                alpha[i] -= delta;
                alpha[j] += delta;
                if (sum > ci)
                {
                    if (alpha[i] > ci) { alpha[i] = ci; alpha[j] = sum - ci; }
                }
                else if (alpha[j] < 0)
                {
                    alpha[j] = 0;
                    alpha[i] = sum;
                }

                if (sum > cj)
                {
                    if (alpha[j] > cj) { alpha[j] = cj; alpha[i] = sum - cj; }
                }
                else if (alpha[i] < 0)
                {
                    alpha[i] = 0;
                    alpha[j] = sum;
                }
            }

            double dI = alpha[i] - oldI, dJ = alpha[j] - oldJ;
            for (int t = 0; t < n; t++)
            {
                gradient[t] += Q(i, t) * dI + Q(j, t) * dJ;
            }
        }

        return (alpha, Rho(alpha, gradient, y, upper));
    }

    private static double Rho(double[] alpha, double[] gradient, int[] y, double[] upper)
    {
        double ub = double.PositiveInfinity, lb = double.NegativeInfinity, sumFree = 0;
        int free = 0;
        for (int t = 0; t < y.Length; t++)
        {
            double yg = y[t] * gradient[t];
            if (alpha[t] >= upper[t])
            {
                if (y[t] == -1) ub = Math.Min(ub, yg); else lb = Math.Max(lb, yg);
            }
            else if (alpha[t] <= 0)
            {
                if (y[t] == 1) ub = Math.Min(ub, yg); else lb = Math.Max(lb, yg);
            }
            else
            {
                free++;
                sumFree += yg;
            }
        }

        return free > 0 ? sumFree / free : (ub + lb) / 2;
    }
}
