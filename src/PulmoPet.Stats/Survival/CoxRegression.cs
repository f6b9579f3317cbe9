using MathNet.Numerics.LinearAlgebra;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.Survival;

/// <summary>One coefficient of a Cox model.</summary>
public sealed record CoxCoefficient(string Name, double Beta, double StandardError, double Z, double PValue, double HazardRatio, double Lower, double Upper);

/// <summary>A test of all coefficients at once (χ² on p df).</summary>
public sealed record ChiSquareTestResult(double Statistic, int Df, double PValue);

/// <summary>Fitted Cox proportional-hazards model.</summary>
public sealed record CoxModel(
    IReadOnlyList<CoxCoefficient> Coefficients,
    double LogLikelihoodNull,
    double LogLikelihood,
    ChiSquareTestResult LikelihoodRatio,
    ChiSquareTestResult Wald,
    ChiSquareTestResult Score,
    int N,
    int Events,
    int Iterations,
    bool Converged);

/// <summary>
/// Cox proportional-hazards regression by Newton–Raphson on the partial likelihood with Efron's (1977) handling
/// of tied event times, R's <c>coxph(Surv(time, event) ~ x1 + x2 + …)</c> default (<c>ties = "efron"</c>).
/// For d tied events at t with risk-set sums S0, S1, S2 and event sums D0, D1, D2 of w = exp(xβ), the
/// log-likelihood gains Σ_events xβ − Σ_{r=0}^{d−1} log(S0 − r/d·D0) (Therneau &amp; Grambsch 2000, §3.3).
/// Covariates are centred as coxph does (β is unchanged). SEs from the inverse information at β̂;
/// Wald z and p per coefficient, HR = exp(β) with exp(β ± z·SE) CI; overall LR, Wald and score tests.
/// A covariate that separates events from non-events drives β to infinity: then <see cref="CoxModel.Converged"/>
/// is false (R warns "Loglik converged before variable … coefficient may be infinite").
/// </summary>
public static class CoxRegression
{
    public const int MaximumIterations = 30;

    public static CoxModel Fit(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> evt,
        double[][] covariates,
        IReadOnlyList<string> names,
        double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(names);
        int n = time.Count, p = covariates.Length;
        if (p == 0 || names.Count != p || covariates.Any(c => c.Length != n))
        {
            throw new ArgumentException("Covariates must be p columns of n values with p names.");
        }

        var x = new double[n][];
        for (int i = 0; i < n; i++)
        {
            x[i] = new double[p];
        }

        for (int j = 0; j < p; j++)
        {
            double mean = covariates[j].Average();
            for (int i = 0; i < n; i++)
            {
                x[i][j] = covariates[j][i] - mean;
            }
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => time[i]).ToArray();
        var beta = Vector<double>.Build.Dense(p);
        var (ll0, score0, info0) = Evaluate(time, evt, x, order, beta);
        double ll = ll0;
        var score = score0;
        var info = info0;
        int iteration = 0;
        bool converged = false;
        for (; iteration < MaximumIterations; iteration++)
        {
            var step = info.Solve(score);
            var candidate = beta + step;
            var (llNew, scoreNew, infoNew) = Evaluate(time, evt, x, order, candidate);

            // Step halving when the likelihood does not increase (as coxph's agfit does).
            int halvings = 0;
            while ((double.IsNaN(llNew) || llNew < ll - 1e-12) && halvings++ < 20)
            {
                step /= 2;
                candidate = beta + step;
                (llNew, scoreNew, infoNew) = Evaluate(time, evt, x, order, candidate);
            }

            converged = Math.Abs(llNew - ll) <= 1e-12 * Math.Abs(llNew) && step.AbsoluteMaximum() < 1e-9;
            beta = candidate;
            ll = llNew;
            score = scoreNew;
            info = infoNew;
            if (converged)
            {
                break;
            }
        }

        var covariance = info.Inverse();
        double zq = Tails.NormalQuantile(1 - (1 - confidenceLevel) / 2);
        var coefficients = new CoxCoefficient[p];
        for (int j = 0; j < p; j++)
        {
            double se = Math.Sqrt(covariance[j, j]);
            double z = beta[j] / se;
            coefficients[j] = new CoxCoefficient(names[j], beta[j], se, z, Tails.NormalTwoSided(z), Math.Exp(beta[j]), Math.Exp(beta[j] - zq * se), Math.Exp(beta[j] + zq * se));
        }

        double lr = 2 * (ll - ll0);
        double wald = beta.DotProduct(info * beta);
        double scoreTest = score0.DotProduct(info0.Solve(score0));
        return new CoxModel(
            coefficients,
            ll0,
            ll,
            new ChiSquareTestResult(lr, p, Tails.ChiSquareUpper(lr, p)),
            new ChiSquareTestResult(wald, p, Tails.ChiSquareUpper(wald, p)),
            new ChiSquareTestResult(scoreTest, p, Tails.ChiSquareUpper(scoreTest, p)),
            n,
            evt.Count(e => e),
            iteration + 1,
            converged);
    }

    // Log partial likelihood (Efron), its gradient and the observed information at beta.
    private static (double LogLikelihood, Vector<double> Score, Matrix<double> Information) Evaluate(
        IReadOnlyList<double> time, IReadOnlyList<bool> evt, double[][] x, int[] order, Vector<double> beta)
    {
        int p = beta.Count;
        var b = beta.ToArray();
        double s0 = 0;
        var s1 = new double[p];
        var s2 = new double[p, p];
        double ll = 0;
        var gradient = new double[p];
        var information = new double[p, p];
        int k = 0;
        while (k < order.Length)
        {
            double t = time[order[k]];
            double d0 = 0;
            var d1 = new double[p];
            var d2 = new double[p, p];
            var eventSum = new double[p];
            int deaths = 0;
            while (k < order.Length && time[order[k]] == t)
            {
                int i = order[k];
                double eta = 0;
                for (int j = 0; j < p; j++)
                {
                    eta += x[i][j] * b[j];
                }

                double w = Math.Exp(eta);
                s0 += w;
                for (int j = 0; j < p; j++)
                {
                    s1[j] += w * x[i][j];
                    for (int l = 0; l < p; l++)
                    {
                        s2[j, l] += w * x[i][j] * x[i][l];
                    }
                }

                if (evt[i])
                {
                    deaths++;
                    ll += eta;
                    d0 += w;
                    for (int j = 0; j < p; j++)
                    {
                        eventSum[j] += x[i][j];
                        d1[j] += w * x[i][j];
                        for (int l = 0; l < p; l++)
                        {
                            d2[j, l] += w * x[i][j] * x[i][l];
                        }
                    }
                }

                k++;
            }

            for (int j = 0; j < p; j++)
            {
                gradient[j] += eventSum[j];
            }

            for (int r = 0; r < deaths; r++)
            {
                double f = (double)r / deaths;
                double a0 = s0 - f * d0;
                ll -= Math.Log(a0);
                for (int j = 0; j < p; j++)
                {
                    double a1j = s1[j] - f * d1[j];
                    gradient[j] -= a1j / a0;
                    for (int l = 0; l < p; l++)
                    {
                        double a1l = s1[l] - f * d1[l];
                        double a2 = s2[j, l] - f * d2[j, l];
                        information[j, l] += a2 / a0 - a1j * a1l / (a0 * a0);
                    }
                }
            }
        }

        return (ll, Vector<double>.Build.DenseOfArray(gradient), Matrix<double>.Build.DenseOfArray(information));
    }
}
