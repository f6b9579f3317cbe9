using MathNet.Numerics.LinearAlgebra;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.Survival;

/// <summary>Result of the log-rank test: observed and expected events per group, χ², df and p.</summary>
public sealed record LogRankResult(double[] Observed, double[] Expected, double ChiSquare, int Df, double PValue);

/// <summary>
/// Log-rank (Mantel–Haenszel) test of equal survival in k groups, R's <c>survdiff(Surv(time, event) ~ group)</c>
/// (rho = 0): at each event time with n at risk and d events, E_g = Σ n_g d/n and
/// V_gh = Σ d(n − d)/(n − 1) · (n_g/n)(δ_gh − n_h/n); χ² = (O − E)ᵀ V⁻ (O − E) on the first k − 1 groups, k − 1 df.
/// </summary>
public static class LogRankTest
{
    public static LogRankResult Compute(IReadOnlyList<double> time, IReadOnlyList<bool> evt, IReadOnlyList<int> group, int groups)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(group);
        if (groups < 2)
        {
            throw new ArgumentException("The log-rank test needs at least two groups.", nameof(groups));
        }

        var order = Enumerable.Range(0, time.Count).OrderBy(i => time[i]).ToArray();
        var atRisk = new double[groups];
        foreach (int g in group)
        {
            atRisk[g]++;
        }

        var observed = new double[groups];
        var expected = new double[groups];
        var variance = Matrix<double>.Build.Dense(groups, groups);
        int k = 0;
        while (k < order.Length)
        {
            double t = time[order[k]];
            var deathsByGroup = new double[groups];
            var leaving = new double[groups];
            while (k < order.Length && time[order[k]] == t)
            {
                int g = group[order[k]];
                leaving[g]++;
                if (evt[order[k]])
                {
                    deathsByGroup[g]++;
                }

                k++;
            }

            double d = deathsByGroup.Sum();
            double n = atRisk.Sum();
            if (d > 0)
            {
                for (int g = 0; g < groups; g++)
                {
                    observed[g] += deathsByGroup[g];
                    expected[g] += atRisk[g] * d / n;
                }

                if (n > 1)
                {
                    double factor = d * (n - d) / (n - 1);
                    for (int g = 0; g < groups; g++)
                    {
                        for (int h = 0; h < groups; h++)
                        {
                            variance[g, h] += factor * (atRisk[g] / n) * ((g == h ? 1 : 0) - atRisk[h] / n);
                        }
                    }
                }
            }

            for (int g = 0; g < groups; g++)
            {
                atRisk[g] -= leaving[g];
            }

        }

        int df = groups - 1;
        var diff = Vector<double>.Build.Dense(df, i => observed[i] - expected[i]);
        var v = variance.SubMatrix(0, df, 0, df);
        double chi = diff.DotProduct(v.Solve(diff));
        return new LogRankResult(observed, expected, chi, df, Tails.ChiSquareUpper(chi, df));
    }
}
