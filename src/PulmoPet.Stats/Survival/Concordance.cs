namespace PulmoPet.Stats.Survival;

/// <summary>Pair counts, Harrell's C of a risk score and its infinitesimal-jackknife variance.</summary>
public sealed record ConcordanceResult(double Concordant, double Discordant, double TiedRisk, double TiedTime, double C)
{
    /// <summary>Infinitesimal-jackknife variance of C, as R survival's <c>concordance()$var</c>.</summary>
    public double Variance { get; init; } = double.NaN;

    public double StandardError => Math.Sqrt(Variance);
}

/// <summary>
/// Harrell's concordance index of a risk score (higher = earlier event), as R survival's <c>concordance</c> for a
/// coxph fit (<c>fit$concordance</c>): a pair is comparable when one case has an event at time t and the other is
/// still at risk after t (later time, or censored at t); pairs of events at the same time (tied.y) are left out;
/// C = (concordant + tied.risk/2)/(concordant + discordant + tied.risk). O(n²).
/// The variance is the infinitesimal jackknife of survival ≥ 3.0 (Therneau &amp; Atkinson, "The concordance
/// statistic", survival vignette): a pair has weight wᵢwⱼ, so ∂C/∂wₖ = (cₖ + tₖ/2 − C·nₖ)/N, where cₖ, tₖ, nₖ count
/// the concordant, risk-tied and all comparable pairs case k belongs to and N all comparable pairs; var = Σₖ(∂C/∂wₖ)².
/// </summary>
public static class Concordance
{
    public static ConcordanceResult Compute(IReadOnlyList<double> time, IReadOnlyList<bool> evt, IReadOnlyList<double> risk)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(risk);
        double concordant = 0, discordant = 0, tiedRisk = 0, tiedTime = 0;
        int n = time.Count;
        var concordantOf = new double[n];
        var tiedOf = new double[n];
        var comparableOf = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (!evt[i])
            {
                continue;
            }

            for (int j = 0; j < n; j++)
            {
                if (j == i)
                {
                    continue;
                }

                bool atRiskAfter = time[j] > time[i] || (time[j] == time[i] && !evt[j]);
                if (!atRiskAfter)
                {
                    if (time[j] == time[i] && evt[j] && j > i)
                    {
                        tiedTime++; // each tied event pair once
                    }

                    continue;
                }

                comparableOf[i]++;
                comparableOf[j]++;
                if (risk[i] > risk[j])
                {
                    concordant++;
                    concordantOf[i]++;
                    concordantOf[j]++;
                }
                else if (risk[i] < risk[j])
                {
                    discordant++;
                }
                else
                {
                    tiedRisk++;
                    tiedOf[i]++;
                    tiedOf[j]++;
                }
            }
        }

        double pairs = concordant + discordant + tiedRisk;
        double c = (concordant + tiedRisk / 2) / pairs;
        double variance = 0;
        for (int k = 0; k < n; k++)
        {
            double influence = (concordantOf[k] + tiedOf[k] / 2 - c * comparableOf[k]) / pairs;
            variance += influence * influence;
        }

        return new ConcordanceResult(concordant, discordant, tiedRisk, tiedTime, c) { Variance = variance };
    }
}
