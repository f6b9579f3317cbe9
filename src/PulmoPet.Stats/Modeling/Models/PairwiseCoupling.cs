namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// Class probabilities from pairwise ones, method 2 of Wu, Lin &amp; Weng (2004, J Mach Learn Res 5:975; libsvm
/// <c>multiclass_probability</c>): p minimises Σᵢ Σⱼ≠ᵢ (rⱼᵢpᵢ − rᵢⱼpⱼ)² on the simplex, where rᵢⱼ ≈ P(i | i or j),
/// solved by libsvm's fixed-point iteration, here run to 10⁻¹²/K instead of libsvm's 0.005/K so the result is the
/// minimiser itself. When the rᵢⱼ are consistent (rᵢⱼ = pᵢ/(pᵢ + pⱼ)) it returns that p exactly.
/// </summary>
public static class PairwiseCoupling
{
    /// <param name="r">r[i][j] = P(class i | class i or j), with r[j][i] = 1 − r[i][j]; the diagonal is ignored.</param>
    public static double[] Couple(double[][] r)
    {
        ArgumentNullException.ThrowIfNull(r);
        int k = r.Length;
        var q = new double[k, k];
        for (int t = 0; t < k; t++)
        {
            for (int j = 0; j < k; j++)
            {
                if (j == t) continue;
                q[t, t] += r[j][t] * r[j][t];
                q[t, j] = -r[j][t] * r[t][j];
            }
        }

        var p = Enumerable.Repeat(1.0 / k, k).ToArray();
        var qp = new double[k];
        double eps = 1e-12 / k;
        for (int iteration = 0; iteration < Math.Max(1000, k); iteration++)
        {
            double pqp = 0;
            for (int t = 0; t < k; t++)
            {
                qp[t] = 0;
                for (int j = 0; j < k; j++) qp[t] += q[t, j] * p[j];
                pqp += p[t] * qp[t];
            }

            double maxError = 0;
            for (int t = 0; t < k; t++) maxError = Math.Max(maxError, Math.Abs(qp[t] - pqp));
            if (maxError < eps) break;

            for (int t = 0; t < k; t++)
            {
                double diff = (-qp[t] + pqp) / q[t, t];
                p[t] += diff;
                pqp = (pqp + diff * (diff * q[t, t] + 2 * qp[t])) / (1 + diff) / (1 + diff);
                for (int j = 0; j < k; j++)
                {
                    qp[j] = (qp[j] + diff * q[t, j]) / (1 + diff);
                    p[j] /= 1 + diff;
                }
            }
        }

        return p;
    }
}
