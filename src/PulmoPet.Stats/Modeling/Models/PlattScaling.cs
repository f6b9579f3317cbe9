namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// Platt's sigmoid P(y = +1 | f) = 1 / (1 + exp(A f + B)) fitted to decision values by the Newton method with
/// backtracking of Lin, Lin &amp; Weng (2007, Mach Learn 68:267; libsvm <c>sigmoid_train</c>), with Platt's smoothed
/// targets (N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2).
/// </summary>
public static class PlattScaling
{
    public static (double A, double B) Fit(IReadOnlyList<double> decisionValues, IReadOnlyList<bool> positive)
    {
        ArgumentNullException.ThrowIfNull(decisionValues);
        ArgumentNullException.ThrowIfNull(positive);
        int l = decisionValues.Count;
        double prior1 = positive.Count(p => p), prior0 = l - prior1;
        const int maxIterations = 100;
        const double minStep = 1e-10, sigma = 1e-12, eps = 1e-5;
        double hiTarget = (prior1 + 1.0) / (prior1 + 2.0), loTarget = 1 / (prior0 + 2.0);
        var t = positive.Select(p => p ? hiTarget : loTarget).ToArray();
        double a = 0, b = Math.Log((prior0 + 1.0) / (prior1 + 1.0));
        double Objective(double aa, double bb)
        {
            double f = 0;
            for (int i = 0; i < l; i++)
            {
                double fApB = decisionValues[i] * aa + bb;
                f += fApB >= 0 ? t[i] * fApB + Math.Log(1 + Math.Exp(-fApB)) : (t[i] - 1) * fApB + Math.Log(1 + Math.Exp(fApB));
            }

            return f;
        }

        double fval = Objective(a, b);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double h11 = sigma, h22 = sigma, h21 = 0, g1 = 0, g2 = 0;
            for (int i = 0; i < l; i++)
            {
                double fApB = decisionValues[i] * a + b;
                double p, q;
                if (fApB >= 0)
                {
                    p = Math.Exp(-fApB) / (1.0 + Math.Exp(-fApB));
                    q = 1.0 / (1.0 + Math.Exp(-fApB));
                }
                else
                {
                    p = 1.0 / (1.0 + Math.Exp(fApB));
                    q = Math.Exp(fApB) / (1.0 + Math.Exp(fApB));
                }

                double d2 = p * q;
                h11 += decisionValues[i] * decisionValues[i] * d2;
                h22 += d2;
                h21 += decisionValues[i] * d2;
                double d1 = t[i] - p;
                g1 += decisionValues[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < eps && Math.Abs(g2) < eps)
            {
                break;
            }

            double det = h11 * h22 - h21 * h21;
            double dA = -(h22 * g1 - h21 * g2) / det;
            double dB = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * dA + g2 * dB;
            double step = 1;
            while (step >= minStep)
            {
                double newA = a + step * dA, newB = b + step * dB;
                double newF = Objective(newA, newB);
                if (newF < fval + 0.0001 * step * gd)
                {
                    a = newA;
                    b = newB;
                    fval = newF;
                    break;
                }

                step /= 2;
            }

            if (step < minStep)
            {
                break;
            }
        }

        return (a, b);
    }

    /// <summary>P(y = +1 | f), evaluated without overflow (libsvm <c>sigmoid_predict</c>).</summary>
    public static double Probability(double decisionValue, double a, double b)
    {
        double fApB = decisionValue * a + b;
        return fApB >= 0 ? Math.Exp(-fApB) / (1.0 + Math.Exp(-fApB)) : 1.0 / (1 + Math.Exp(fApB));
    }
}
