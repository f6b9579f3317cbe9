namespace PulmoPet.Stats.Survival;

/// <summary>Pair counts and Harrell's C of a risk score.</summary>
public sealed record ConcordanceResult(double Concordant, double Discordant, double TiedRisk, double TiedTime, double C);

/// <summary>
/// Harrell's concordance index of a risk score (higher = earlier event), as R survival's <c>concordance</c> for a
/// coxph fit (<c>fit$concordance</c>): a pair is comparable when one case has an event at time t and the other is
/// still at risk after t (later time, or censored at t); pairs of events at the same time (tied.y) are left out;
/// C = (concordant + tied.risk/2)/(concordant + discordant + tied.risk). O(n²); no standard error.
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

                if (risk[i] > risk[j])
                {
                    concordant++;
                }
                else if (risk[i] < risk[j])
                {
                    discordant++;
                }
                else
                {
                    tiedRisk++;
                }
            }
        }

        double c = (concordant + tiedRisk / 2) / (concordant + discordant + tiedRisk);
        return new ConcordanceResult(concordant, discordant, tiedRisk, tiedTime, c);
    }
}
