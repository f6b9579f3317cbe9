namespace PulmoPet.Stats.Regression;

/// <summary>
/// Minimises the penalised multinomial objective of a <see cref="MultinomialProblem"/> at one λ, in place (warm start).
/// Ungrouped penalty (glmnet's <c>type.multinomial = "ungrouped"</c>, Friedman, Hastie &amp; Tibshirani 2010, section 4):
/// for each class in turn, a partial Newton step — the quadratic approximation of the log-likelihood in that class's
/// coefficients with the others fixed, weights wᵢπᵢₖ(1 − πᵢₖ) and working residual wᵢ(yᵢₖ − πᵢₖ) — is solved by
/// cyclic coordinate descent with soft thresholding; after each pass over the classes the intercepts are centred to
/// mean zero and every feature's class coefficients are shifted by their elastic-net centre
/// (<see cref="ElasticNetCenter"/>), which fixes the otherwise unidentified common shift exactly as glmnet does.
/// Each class step is halved if it would raise the objective (glmnet takes it whole; at the solution both agree).
/// Grouped penalty (<c>"grouped"</c>, α‖βⱼ‖₂ + (1 − α)/2‖βⱼ‖² per feature over the K classes): block coordinate
/// descent over features with the majorising curvature ½ (the largest eigenvalue of diag(π) − ππᵀ is at most ½) and
/// group soft thresholding; its solution has class coefficients summing to zero, as glmnet's.
/// Both iterate to a far tighter tolerance than glmnet's thresh = 10⁻⁷, so agreement is limited by glmnet.
/// </summary>
internal static class MultinomialSolver
{
    public const int MaximumOuterIterations = 20_000;
    private const int MaximumSweeps = 10_000;
    private const double InnerTolerance = 1e-26;
    private const double OuterTolerance = 1e-24;

    public static bool SolveUngrouped(MultinomialProblem s, double lambda, double alpha, double[] intercepts, double[][] beta)
    {
        int n = s.N, p = s.P, k = s.K;
        double l1 = lambda * alpha, l2 = lambda * (1 - alpha);
        var eta = s.LinearPredictors(intercepts, beta);
        double current = Objective(s, eta, lambda, alpha, beta);
        var v = new double[n];
        var r = new double[n];
        var xv = new double[p];
        double lastChange = double.PositiveInfinity;
        for (int outer = 0; outer < MaximumOuterIterations; outer++)
        {
            // The class subproblems need only be solved a little beyond the progress of the outer iteration.
            double innerTolerance = Math.Max(InnerTolerance, 1e-4 * lastChange);
            var startIntercepts = (double[])intercepts.Clone();
            var startBeta = beta.Select(b => (double[])b.Clone()).ToArray();
            for (int c = 0; c < k; c++)
            {
                var probs = s.Probabilities(eta);
                double vSum = 0;
                for (int i = 0; i < n; i++)
                {
                    double pi = probs[c][i];
                    v[i] = s.W[i] * pi * (1 - pi);
                    r[i] = s.W[i] * ((s.Y[i] == c ? 1 : 0) - pi);
                    vSum += v[i];
                }

                for (int j = 0; j < p; j++)
                {
                    var column = s.Columns[j];
                    double sum = 0;
                    for (int i = 0; i < n; i++)
                    {
                        sum += v[i] * column[i] * column[i];
                    }

                    xv[j] = sum;
                }

                double oldIntercept = intercepts[c];
                var oldBeta = (double[])beta[c].Clone();
                for (int sweep = 0; sweep < MaximumSweeps; sweep++)
                {
                    double dlx = 0;
                    for (int j = 0; j < p; j++)
                    {
                        var column = s.Columns[j];
                        double gradient = 0;
                        for (int i = 0; i < n; i++)
                        {
                            gradient += r[i] * column[i];
                        }

                        double u = gradient + xv[j] * beta[c][j];
                        double updated = SoftThreshold(u, l1) / (xv[j] + l2);
                        double d = updated - beta[c][j];
                        if (d == 0)
                        {
                            continue;
                        }

                        beta[c][j] = updated;
                        for (int i = 0; i < n; i++)
                        {
                            r[i] -= d * v[i] * column[i];
                        }

                        dlx = Math.Max(dlx, xv[j] * d * d);
                    }

                    if (vSum > 0)
                    {
                        double d = r.Sum() / vSum;
                        intercepts[c] += d;
                        for (int i = 0; i < n; i++)
                        {
                            r[i] -= d * v[i];
                        }

                        dlx = Math.Max(dlx, vSum * d * d);
                    }

                    if (dlx < innerTolerance)
                    {
                        break;
                    }
                }

                current = AcceptClassStep(s, lambda, alpha, eta, intercepts, beta, c, oldIntercept, oldBeta, current);
            }

            Recentre(alpha, intercepts, beta);
            eta = s.LinearPredictors(intercepts, beta);
            current = Objective(s, eta, lambda, alpha, beta);
            lastChange = Change(startIntercepts, startBeta, intercepts, beta);
            if (lastChange < OuterTolerance)
            {
                return true;
            }
        }

        return false;
    }

    public static bool SolveGrouped(MultinomialProblem s, double lambda, double alpha, double[] intercepts, double[][] beta)
    {
        const double Curvature = 0.5;
        int n = s.N, p = s.P, k = s.K;
        double l1 = lambda * alpha, l2 = lambda * (1 - alpha);
        var eta = s.LinearPredictors(intercepts, beta);
        var u = new double[k];
        for (int outer = 0; outer < MaximumOuterIterations; outer++)
        {
            var startIntercepts = (double[])intercepts.Clone();
            var startBeta = beta.Select(b => (double[])b.Clone()).ToArray();

            // Intercepts: a majorised Newton step on the unpenalised block, centred to mean zero.
            var probs = s.Probabilities(eta);
            for (int c = 0; c < k; c++)
            {
                double g = 0;
                for (int i = 0; i < n; i++)
                {
                    g += s.W[i] * ((s.Y[i] == c ? 1 : 0) - probs[c][i]);
                }

                u[c] = g / Curvature;
            }

            double shift = u.Average();
            for (int c = 0; c < k; c++)
            {
                intercepts[c] += u[c] - shift;
                for (int i = 0; i < n; i++)
                {
                    eta[c][i] += u[c] - shift;
                }
            }

            for (int j = 0; j < p; j++)
            {
                var column = s.Columns[j];
                probs = s.Probabilities(eta);
                double norm = 0;
                for (int c = 0; c < k; c++)
                {
                    double g = 0;
                    for (int i = 0; i < n; i++)
                    {
                        g += s.W[i] * column[i] * ((s.Y[i] == c ? 1 : 0) - probs[c][i]);
                    }

                    u[c] = Curvature * beta[c][j] + g;
                    norm += u[c] * u[c];
                }

                norm = Math.Sqrt(norm);
                double factor = norm > l1 ? (1 - l1 / norm) / (Curvature + l2) : 0;
                for (int c = 0; c < k; c++)
                {
                    double d = factor * u[c] - beta[c][j];
                    if (d == 0)
                    {
                        continue;
                    }

                    beta[c][j] += d;
                    for (int i = 0; i < n; i++)
                    {
                        eta[c][i] += d * column[i];
                    }
                }
            }

            if (Change(startIntercepts, startBeta, intercepts, beta) < OuterTolerance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Penalised objective −Σ wᵢ log πᵢ,yᵢ + λ Σⱼₖ [(1 − α)/2 βⱼₖ² + α|βⱼₖ|] (ungrouped penalty).</summary>
    public static double Objective(MultinomialProblem s, double[][] eta, double lambda, double alpha, double[][] beta)
    {
        double penalty = 0;
        foreach (var row in beta)
        {
            foreach (double b in row)
            {
                penalty += (1 - alpha) / 2 * b * b + alpha * Math.Abs(b);
            }
        }

        return s.Loss(eta) + lambda * penalty;
    }

    // Takes the class-c step (new intercept and beta[c] already in place), halving it while the objective rises.
    private static double AcceptClassStep(
        MultinomialProblem s, double lambda, double alpha, double[][] eta, double[] intercepts, double[][] beta, int c,
        double oldIntercept, double[] oldBeta, double current)
    {
        double newIntercept = intercepts[c];
        var newBeta = (double[])beta[c].Clone();
        for (int halving = 0; halving <= 30; halving++)
        {
            double t = Math.Pow(0.5, halving);
            intercepts[c] = oldIntercept + t * (newIntercept - oldIntercept);
            for (int j = 0; j < s.P; j++)
            {
                beta[c][j] = oldBeta[j] + t * (newBeta[j] - oldBeta[j]);
            }

            var row = s.ClassPredictor(intercepts[c], beta[c]);
            var saved = eta[c];
            eta[c] = row;
            double value = Objective(s, eta, lambda, alpha, beta);
            if (value <= current + 1e-13 * Math.Abs(current))
            {
                return value;
            }

            eta[c] = saved;
        }

        intercepts[c] = oldIntercept;
        Array.Copy(oldBeta, beta[c], s.P);
        return current;
    }

    private static void Recentre(double alpha, double[] intercepts, double[][] beta)
    {
        double mean = intercepts.Average();
        for (int c = 0; c < intercepts.Length; c++)
        {
            intercepts[c] -= mean;
        }

        int p = beta[0].Length;
        var column = new double[beta.Length];
        for (int j = 0; j < p; j++)
        {
            for (int c = 0; c < beta.Length; c++)
            {
                column[c] = beta[c][j];
            }

            double centre = ElasticNetCenter.Of(alpha, column);
            if (centre != 0)
            {
                for (int c = 0; c < beta.Length; c++)
                {
                    beta[c][j] -= centre;
                }
            }
        }
    }

    private static double Change(double[] a0, double[][] b0, double[] a1, double[][] b1)
    {
        double max = 0;
        for (int c = 0; c < a0.Length; c++)
        {
            max = Math.Max(max, (a1[c] - a0[c]) * (a1[c] - a0[c]));
            for (int j = 0; j < b0[c].Length; j++)
            {
                max = Math.Max(max, (b1[c][j] - b0[c][j]) * (b1[c][j] - b0[c][j]));
            }
        }

        return max;
    }

    private static double SoftThreshold(double value, double threshold) =>
        value > threshold ? value - threshold : value < -threshold ? value + threshold : 0;
}
