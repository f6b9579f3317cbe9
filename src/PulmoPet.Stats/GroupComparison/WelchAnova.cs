using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Welch's heteroscedastic one-way ANOVA (Welch 1951, Biometrika 38:330) — the k-group analogue of Welch's t,
/// as R's <c>oneway.test(var.equal = FALSE)</c> and SPSS ONEWAY /STATISTICS WELCH compute it.
/// </summary>
public static class WelchAnova
{
    public static TestResult Compute(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2 || groups.Any(g => g.Count < 2))
        {
            throw new ArgumentException("Welch's ANOVA needs at least two groups of two or more values.", nameof(groups));
        }

        int k = groups.Count;
        var weights = new double[k];
        var means = new double[k];
        for (int i = 0; i < k; i++)
        {
            double variance = Summary.Variance(groups[i]);
            if (!(variance > 0))
            {
                throw new ArgumentException($"Welch's ANOVA needs a non-zero variance in every group; group {i + 1} is constant.", nameof(groups));
            }

            // Weights are the inverse squared standard errors of the group means.
            weights[i] = groups[i].Count / variance;
            means[i] = Summary.Mean(groups[i]);
        }

        double totalWeight = weights.Sum();
        double weightedMean = 0;
        for (int i = 0; i < k; i++)
        {
            weightedMean += weights[i] * means[i] / totalWeight;
        }

        double between = 0, lambda = 0;
        for (int i = 0; i < k; i++)
        {
            between += weights[i] * (means[i] - weightedMean) * (means[i] - weightedMean);
            double share = 1 - weights[i] / totalWeight;
            lambda += share * share / (groups[i].Count - 1);
        }

        lambda /= (double)k * k - 1;
        double f = between / (k - 1) / (1 + 2 * (k - 2) * lambda);
        double df1 = k - 1, df2 = 1 / (3 * lambda);
        return new TestResult(TestNames.WelchAnova, f, Tails.FisherUpper(f, df1, df2), df1, df2);
    }
}
