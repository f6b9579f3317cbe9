namespace PulmoPet.Stats.Regression;

/// <summary>One point of an elastic-net path: coefficients on the original scale (intercept first).</summary>
public sealed record ElasticNetFit(double Lambda, double Intercept, double[] Coefficients, double DevianceRatio)
{
    /// <summary>Linear predictor (log-odds) of one row of features.</summary>
    public double LinearPredictor(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double eta = Intercept;
        for (int j = 0; j < Coefficients.Length; j++)
        {
            eta += Coefficients[j] * features[j];
        }

        return eta;
    }

    public int NonZero => Coefficients.Count(c => c != 0);
}

/// <summary>
/// L1 / elastic-net penalised binary logistic regression as R's <c>glmnet(x, y, family = "binomial", alpha)</c>
/// (Friedman, Hastie &amp; Tibshirani 2010, J Stat Softw 33(1)), with glmnet's defaults: features standardised
/// with the 1/n standard deviation (coefficients reported on the original scale), unpenalised intercept, objective
/// −ℓ/n + λ[(1 − α)/2 ‖β‖² + α‖β‖₁]; λ sequence of <see cref="DefaultLambdaCount"/> values from
/// λ_max = max_j |x̃_jᵀ(y − ȳ)|/(n·max(α, 10⁻³)) down to λ_max·ratio (ratio 10⁻⁴ when n ≥ p, else 10⁻²), evenly
/// on the log scale, stopping early (as glmnet.control's fdev = 10⁻⁵, devmax = 0.999, after at least 5 values)
/// when the deviance ratio gains less than 10⁻⁵ or exceeds 0.999. Solved by proximal Newton (IRLS) with cyclic
/// coordinate descent, warm-started along the path, to a much tighter tolerance than glmnet's default
/// thresh = 10⁻⁷ (so agreement with glmnet is to its precision).
/// </summary>
public static class ElasticNetLogistic
{
    public const int DefaultLambdaCount = 100;
    public const double EarlyStopDevianceGain = 1e-5;
    public const double MaximumDevianceRatio = 0.999;
    public const int MinimumLambdaCount = 5;

    /// <summary>Fits the path; with <paramref name="lambdas"/> given, exactly those values (no early stop, as glmnet).</summary>
    public static IReadOnlyList<ElasticNetFit> Path(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double alpha, IReadOnlyList<double>? lambdas = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (alpha < 0 || alpha > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), "alpha must be in [0, 1].");
        }

        var s = Standardized.From(x, y);
        if (s.YMean is 0 or 1)
        {
            throw new ArgumentException("y must contain both outcomes.", nameof(y));
        }

        bool automatic = lambdas is null;
        var sequence = lambdas ?? DefaultLambdas(s, alpha);
        double nullDeviance = s.Deviance(Logit(s.YMean), new double[s.P]);
        var beta = new double[s.P];
        double intercept = Logit(s.YMean);
        var path = new List<ElasticNetFit>();
        double previousRatio = 0;
        for (int m = 0; m < sequence.Count; m++)
        {
            double lambda = sequence[m];
            intercept = s.Solve(lambda, alpha, beta, intercept);
            double ratio = 1 - s.Deviance(intercept, beta) / nullDeviance;
            path.Add(s.ToOriginalScale(lambda, intercept, beta, ratio));
            if (automatic && m + 1 >= MinimumLambdaCount && (ratio - previousRatio < EarlyStopDevianceGain || ratio > MaximumDevianceRatio))
            {
                break;
            }

            previousRatio = ratio;
        }

        return path;
    }

    /// <summary>glmnet's default λ sequence (before early stopping).</summary>
    public static IReadOnlyList<double> DefaultLambdas(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double alpha) =>
        DefaultLambdas(Standardized.From(x, y), alpha);

    private static double[] DefaultLambdas(Standardized s, double alpha)
    {
        double max = 0;
        for (int j = 0; j < s.P; j++)
        {
            double dot = 0;
            for (int i = 0; i < s.N; i++)
            {
                dot += s.X[i][j] * (s.Y[i] - s.YMean);
            }

            max = Math.Max(max, Math.Abs(dot));
        }

        double lambdaMax = max / s.N / Math.Max(alpha, 1e-3);
        double ratio = s.N < s.P ? 1e-2 : 1e-4;
        return Enumerable.Range(0, DefaultLambdaCount)
            .Select(k => lambdaMax * Math.Exp(k * Math.Log(ratio) / (DefaultLambdaCount - 1)))
            .ToArray();
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    /// <summary>Centred and scaled features (1/n SD) and the 0/1 response.</summary>
    private sealed class Standardized
    {
        private const double InnerTolerance = 1e-13;
        private const double OuterTolerance = 1e-13;

        private Standardized(double[][] xs, double[] y, double[] mean, double[] scale)
        {
            X = xs;
            Y = y;
            Mean = mean;
            Scale = scale;
            N = y.Length;
            P = mean.Length;
            YMean = y.Average();
        }

        public double[][] X { get; }

        public double[] Y { get; }

        public double[] Mean { get; }

        public double[] Scale { get; }

        public int N { get; }

        public int P { get; }

        public double YMean { get; }

        public static Standardized From(IReadOnlyList<double[]> x, IReadOnlyList<bool> y)
        {
            int n = x.Count, p = x[0].Length;
            if (y.Count != n || x.Any(r => r.Length != p))
            {
                throw new ArgumentException("x must be n rows of p values, with n outcomes.");
            }

            var mean = new double[p];
            var scale = new double[p];
            for (int j = 0; j < p; j++)
            {
                mean[j] = x.Average(r => r[j]);
                scale[j] = Math.Sqrt(x.Average(r => (r[j] - mean[j]) * (r[j] - mean[j])));
                if (scale[j] == 0)
                {
                    throw new ArgumentException($"Feature {j} is constant.");
                }
            }

            var xs = x.Select(r => r.Select((v, j) => (v - mean[j]) / scale[j]).ToArray()).ToArray();
            return new Standardized(xs, y.Select(b => b ? 1.0 : 0.0).ToArray(), mean, scale);
        }

        public double Deviance(double intercept, double[] beta)
        {
            double sum = 0;
            for (int i = 0; i < N; i++)
            {
                double eta = intercept;
                for (int j = 0; j < P; j++)
                {
                    eta += X[i][j] * beta[j];
                }

                // −2 log-likelihood, computed stably: log(1 + e^η) − yη.
                double softplus = eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta));
                sum += 2 * (softplus - Y[i] * eta);
            }

            return sum;
        }

        /// <summary>Minimises the penalised objective at λ in place (warm start); returns the intercept.</summary>
        public double Solve(double lambda, double alpha, double[] beta, double intercept)
        {
            var eta = new double[N];
            var w = new double[N];
            var z = new double[N];
            double previous = Objective(lambda, alpha, intercept, beta);
            for (int outer = 0; outer < 500; outer++)
            {
                for (int i = 0; i < N; i++)
                {
                    double e = intercept;
                    for (int j = 0; j < P; j++)
                    {
                        e += X[i][j] * beta[j];
                    }

                    double prob = 1 / (1 + Math.Exp(-e));
                    w[i] = Math.Max(prob * (1 - prob), 1e-10);
                    z[i] = e + (Y[i] - prob) / w[i];
                    eta[i] = e;
                }

                var (newIntercept, newBeta) = WeightedLasso(lambda, alpha, w, z, intercept, (double[])beta.Clone());

                // Proximal Newton step with backtracking so that the objective never increases.
                double step = 1;
                double candidateIntercept = newIntercept;
                var candidate = newBeta;
                double value = Objective(lambda, alpha, candidateIntercept, candidate);
                while (value > previous + 1e-15 * Math.Abs(previous) && step > 1e-6)
                {
                    step /= 2;
                    candidateIntercept = intercept + step * (newIntercept - intercept);
                    candidate = beta.Select((b, j) => b + step * (newBeta[j] - b)).ToArray();
                    value = Objective(lambda, alpha, candidateIntercept, candidate);
                }

                double change = Math.Abs(candidateIntercept - intercept);
                for (int j = 0; j < P; j++)
                {
                    change = Math.Max(change, Math.Abs(candidate[j] - beta[j]));
                }

                intercept = candidateIntercept;
                Array.Copy(candidate, beta, P);
                bool done = Math.Abs(previous - value) <= OuterTolerance * (Math.Abs(value) + 1e-10) && change < 1e-10;
                previous = value;
                if (done)
                {
                    break;
                }
            }

            return intercept;
        }

        public ElasticNetFit ToOriginalScale(double lambda, double intercept, double[] beta, double ratio)
        {
            var original = beta.Select((b, j) => b / Scale[j]).ToArray();
            double a0 = intercept - original.Select((b, j) => b * Mean[j]).Sum();
            return new ElasticNetFit(lambda, a0, original, ratio);
        }

        private double Objective(double lambda, double alpha, double intercept, double[] beta)
        {
            double penalty = 0;
            foreach (double b in beta)
            {
                penalty += (1 - alpha) / 2 * b * b + alpha * Math.Abs(b);
            }

            return Deviance(intercept, beta) / (2 * N) + lambda * penalty;
        }

        // Coordinate descent for (1/2n) Σ wᵢ(zᵢ − β₀ − x̃ᵢβ)² + λ[(1−α)/2‖β‖² + α‖β‖₁].
        private (double Intercept, double[] Beta) WeightedLasso(double lambda, double alpha, double[] w, double[] z, double intercept, double[] beta)
        {
            var residual = new double[N];
            for (int i = 0; i < N; i++)
            {
                double fit = intercept;
                for (int j = 0; j < P; j++)
                {
                    fit += X[i][j] * beta[j];
                }

                residual[i] = z[i] - fit;
            }

            double wSum = w.Sum();
            for (int sweep = 0; sweep < 100_000; sweep++)
            {
                double maxChange = 0;

                // Intercept (unpenalised).
                double shift = 0;
                for (int i = 0; i < N; i++)
                {
                    shift += w[i] * residual[i];
                }

                shift /= wSum;
                intercept += shift;
                for (int i = 0; i < N; i++)
                {
                    residual[i] -= shift;
                }

                maxChange = Math.Max(maxChange, Math.Abs(shift) * Math.Sqrt(wSum / N));
                for (int j = 0; j < P; j++)
                {
                    double gradient = 0, curvature = 0;
                    for (int i = 0; i < N; i++)
                    {
                        gradient += w[i] * X[i][j] * (residual[i] + X[i][j] * beta[j]);
                        curvature += w[i] * X[i][j] * X[i][j];
                    }

                    gradient /= N;
                    curvature /= N;
                    double updated = SoftThreshold(gradient, lambda * alpha) / (curvature + lambda * (1 - alpha));
                    double delta = updated - beta[j];
                    if (delta != 0)
                    {
                        for (int i = 0; i < N; i++)
                        {
                            residual[i] -= X[i][j] * delta;
                        }

                        beta[j] = updated;
                        maxChange = Math.Max(maxChange, Math.Abs(delta) * Math.Sqrt(curvature));
                    }
                }

                if (maxChange < InnerTolerance)
                {
                    break;
                }
            }

            return (intercept, beta);
        }

        private static double SoftThreshold(double value, double threshold) =>
            value > threshold ? value - threshold : value < -threshold ? value + threshold : 0;
    }
}
