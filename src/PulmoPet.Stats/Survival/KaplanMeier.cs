using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.Survival;

/// <summary>Transformation of the Kaplan–Meier pointwise confidence interval (R <c>survfit(conf.type = …)</c>).</summary>
public enum SurvivalConfidenceInterval
{
    /// <summary>S·exp(±z·se(log S)): R's default, always inside (0, 1].</summary>
    Log,

    /// <summary>S ± z·S·se(log S), clipped to [0, 1]: SPSS KM's interval ("plain" in R).</summary>
    Plain,
}

/// <summary>One row of a Kaplan–Meier table: a distinct time with an event or a censoring.</summary>
public readonly record struct KaplanMeierStep(
    double Time,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double StandardError,
    double Lower,
    double Upper);

/// <summary>
/// Kaplan–Meier estimate with Greenwood's variance, as R's <c>survfit(Surv(time, event) ~ 1)</c> (survival 3.5):
/// S(t) = Π_{tᵢ ≤ t} (1 − dᵢ/nᵢ); Greenwood Var(log S) = Σ dᵢ/(nᵢ(nᵢ − dᵢ)); the 95% CI is the
/// <b>log</b> interval by default (survfit's default <c>conf.type = "log"</c>): S·exp(±z·√Var(log S)), upper limit
/// capped at 1, undefined where S = 0; or the plain interval S ± z·S·√Var(log S) (<c>conf.type = "plain"</c>, SPSS). <see cref="KaplanMeierStep.StandardError"/> is on the survival scale, S·√Var(log S), as
/// <c>summary(survfit)</c> prints it. Events precede censorings at equal times.
/// </summary>
public sealed class KaplanMeier
{
    /// <summary>survival's <c>quantile.survfit</c> tolerance: survival within √ε of 0.5 counts as equal.</summary>
    public const double QuantileTolerance = 1.4901161193847656e-08;

    private KaplanMeier(KaplanMeierStep[] steps, int n, int events)
    {
        Steps = steps;
        N = n;
        TotalEvents = events;
    }

    public IReadOnlyList<KaplanMeierStep> Steps { get; }

    public int N { get; }

    public int TotalEvents { get; }

    public static KaplanMeier Fit(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> evt,
        double confidenceLevel = 0.95,
        SurvivalConfidenceInterval interval = SurvivalConfidenceInterval.Log)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(evt);
        if (time.Count != evt.Count || time.Count == 0)
        {
            throw new ArgumentException("time and event must be non-empty and of equal length.");
        }

        double z = Tails.NormalQuantile(1 - (1 - confidenceLevel) / 2);
        var order = Enumerable.Range(0, time.Count).OrderBy(i => time[i]).ToArray();
        var steps = new List<KaplanMeierStep>();
        int atRisk = time.Count;
        double survival = 1, greenwood = 0;
        int k = 0;
        while (k < order.Length)
        {
            double t = time[order[k]];
            int events = 0, censored = 0;
            while (k < order.Length && time[order[k]] == t)
            {
                if (evt[order[k]])
                {
                    events++;
                }
                else
                {
                    censored++;
                }

                k++;
            }

            if (events > 0)
            {
                survival *= 1 - (double)events / atRisk;
                greenwood += atRisk == events ? double.PositiveInfinity : (double)events / (atRisk * (double)(atRisk - events));
            }

            double seLog = Math.Sqrt(greenwood);
            double lower = double.NaN, upper = double.NaN, se = double.NaN;
            if (survival > 0 && double.IsFinite(seLog))
            {
                se = survival * seLog;
                if (interval == SurvivalConfidenceInterval.Log)
                {
                    lower = survival * Math.Exp(-z * seLog);
                    upper = Math.Min(1, survival * Math.Exp(z * seLog));
                }
                else
                {
                    lower = Math.Max(0, survival - z * se);
                    upper = Math.Min(1, survival + z * se);
                }
            }

            steps.Add(new KaplanMeierStep(t, atRisk, events, censored, survival, se, lower, upper));
            atRisk -= events + censored;
        }

        return new KaplanMeier(steps.ToArray(), time.Count, evt.Count(e => e));
    }

    /// <summary>Median survival with its CI (R: <c>quantile(survfit, 0.5)</c>); NaN where not reached.</summary>
    public (double Median, double Lower, double Upper) Median() =>
        (Quantile(0.5, s => s.Survival), Quantile(0.5, s => s.Lower), Quantile(0.5, s => s.Upper));

    /// <summary>
    /// Time at which the curve <paramref name="curve"/> first falls to 1 − <paramref name="p"/>, following
    /// survival's <c>findq</c>: where the curve equals the target within <see cref="QuantileTolerance"/> over an
    /// interval, the midpoint of that interval (the last follow-up time if it is the last value).
    /// </summary>
    public double Quantile(double p, Func<KaplanMeierStep, double> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var x = new List<double> { 0 };
        var y = new List<double> { 0 };
        bool endsUndefined = false;
        foreach (var s in Steps)
        {
            double v = curve(s);
            endsUndefined = double.IsNaN(v);
            if (endsUndefined)
            {
                continue; // R's approx() drops NA points (confidence limits where S = 0)
            }

            double f = 1 - v;
            if (f == y[^1])
            {
                continue; // duplicated(y): keep the first time a level is reached
            }

            x.Add(s.Time);
            y.Add(f);
        }

        if (y.Max() < p)
        {
            return double.NaN;
        }

        int first = y.FindIndex(v => v + QuantileTolerance >= p);
        int second = y.FindIndex(v => v - QuantileTolerance >= p);
        if (!endsUndefined && Math.Abs(p - y[^1]) < QuantileTolerance)
        {
            return (x[first] + Steps[^1].Time) / 2;
        }

        return second < 0 ? double.NaN : (x[first] + x[second]) / 2;
    }

    /// <summary>Number at risk at time t, i.e. with follow-up ≥ t (R: <c>summary(fit, times = t)$n.risk</c>).</summary>
    public int AtRiskAt(double t)
    {
        foreach (var s in Steps)
        {
            if (s.Time >= t)
            {
                return s.AtRisk;
            }
        }

        return 0;
    }
}
