namespace PulmoPet.Stats.Regression;

/// <summary>
/// The standardised multinomial elastic-net problem as glmnet's <c>lognet</c> sets it up: observation weights scaled
/// to sum to 1 (wᵢ), features centred and scaled by their weighted mean and 1/n-type SD (√Σ wᵢ(xᵢⱼ − x̄ⱼ)²), and the
/// penalised objective −Σᵢ wᵢ log πᵢ,yᵢ + λ Σⱼ Σₖ [(1 − α)/2 βⱼₖ² + α|βⱼₖ|] (intercepts unpenalised).
/// </summary>
internal sealed class MultinomialProblem
{
    private MultinomialProblem(double[][] columns, int[] y, double[] w, double[] mean, double[] scale, int k)
    {
        Columns = columns;
        Y = y;
        W = w;
        Mean = mean;
        Scale = scale;
        K = k;
        N = y.Length;
        P = mean.Length;
        Prior = new double[k];
        for (int i = 0; i < N; i++)
        {
            Prior[y[i]] += w[i];
        }
    }

    /// <summary>Standardised features, column-major: Columns[j][i].</summary>
    public double[][] Columns { get; }

    public int[] Y { get; }

    /// <summary>Observation weights scaled to sum to 1.</summary>
    public double[] W { get; }

    public double[] Mean { get; }

    public double[] Scale { get; }

    public int K { get; }

    public int N { get; }

    public int P { get; }

    /// <summary>Weighted class proportions π̄ₖ (the intercept-only fit).</summary>
    public double[] Prior { get; }

    public static MultinomialProblem From(IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classCount, IReadOnlyList<double>? weights)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = x.Count;
        if (n == 0 || y.Count != n)
        {
            throw new ArgumentException("x and y must have the same, non-zero number of rows.");
        }

        int p = x[0].Length;
        if (x.Any(r => r.Length != p) || p == 0)
        {
            throw new ArgumentException("x must be n rows of the same p ≥ 1 features.", nameof(x));
        }

        if (classCount < 2 || y.Any(v => v < 0 || v >= classCount))
        {
            throw new ArgumentException("y must hold class indices 0…K−1 with K ≥ 2.", nameof(y));
        }

        var raw = weights?.ToArray() ?? Enumerable.Repeat(1.0, n).ToArray();
        if (raw.Length != n || raw.Any(v => !(v >= 0) || double.IsInfinity(v)) || raw.Sum() <= 0)
        {
            throw new ArgumentException("One finite, non-negative weight per observation is required, not all zero.", nameof(weights));
        }

        for (int c = 0; c < classCount; c++)
        {
            // glmnet: "one multinomial or binomial class has 1 or 0 observations; not allowed".
            if (y.Count(v => v == c) < 2)
            {
                throw new ArgumentException($"Class {c} has fewer than 2 observations (glmnet refuses this).", nameof(y));
            }
        }

        double total = raw.Sum();
        var w = raw.Select(v => v / total).ToArray();
        var mean = new double[p];
        var scale = new double[p];
        var columns = new double[p][];
        for (int j = 0; j < p; j++)
        {
            double m = 0;
            for (int i = 0; i < n; i++)
            {
                m += w[i] * x[i][j];
            }

            double ss = 0;
            for (int i = 0; i < n; i++)
            {
                ss += w[i] * (x[i][j] - m) * (x[i][j] - m);
            }

            if (ss == 0)
            {
                throw new ArgumentException($"Feature {j} is constant.", nameof(x));
            }

            mean[j] = m;
            scale[j] = Math.Sqrt(ss);
            columns[j] = new double[n];
            for (int i = 0; i < n; i++)
            {
                columns[j][i] = (x[i][j] - m) / scale[j];
            }
        }

        return new MultinomialProblem(columns, y.ToArray(), w, mean, scale, classCount);
    }

    /// <summary>Linear predictors ηᵢₖ = b₀ₖ + x̃ᵢβₖ (beta[k][j]).</summary>
    public double[][] LinearPredictors(double[] intercepts, double[][] beta)
    {
        var eta = new double[K][];
        for (int k = 0; k < K; k++)
        {
            eta[k] = ClassPredictor(intercepts[k], beta[k]);
        }

        return eta;
    }

    /// <summary>Linear predictor of one class, b₀ + x̃ᵢβ for each observation.</summary>
    public double[] ClassPredictor(double intercept, double[] beta)
    {
        var eta = new double[N];
        Array.Fill(eta, intercept);
        for (int j = 0; j < P; j++)
        {
            if (beta[j] == 0)
            {
                continue;
            }

            var column = Columns[j];
            for (int i = 0; i < N; i++)
            {
                eta[i] += beta[j] * column[i];
            }
        }

        return eta;
    }

    /// <summary>Class probabilities from linear predictors, probs[k][i].</summary>
    public double[][] Probabilities(double[][] eta)
    {
        var probs = new double[K][];
        for (int k = 0; k < K; k++)
        {
            probs[k] = new double[N];
        }

        for (int i = 0; i < N; i++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < K; k++)
            {
                max = Math.Max(max, eta[k][i]);
            }

            double sum = 0;
            for (int k = 0; k < K; k++)
            {
                probs[k][i] = Math.Exp(eta[k][i] - max);
                sum += probs[k][i];
            }

            for (int k = 0; k < K; k++)
            {
                probs[k][i] /= sum;
            }
        }

        return probs;
    }

    /// <summary>−Σᵢ wᵢ log πᵢ,yᵢ (half the deviance per unit weight), computed with log-sum-exp.</summary>
    public double Loss(double[][] eta)
    {
        double loss = 0;
        for (int i = 0; i < N; i++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < K; k++)
            {
                max = Math.Max(max, eta[k][i]);
            }

            double sum = 0;
            for (int k = 0; k < K; k++)
            {
                sum += Math.Exp(eta[k][i] - max);
            }

            loss += W[i] * (max + Math.Log(sum) - eta[Y[i]][i]);
        }

        return loss;
    }

    /// <summary>Loss of the intercept-only model, −Σₖ π̄ₖ log π̄ₖ.</summary>
    public double NullLoss() => -Prior.Where(v => v > 0).Sum(v => v * Math.Log(v));

    /// <summary>The unpenalised null fit's intercepts, log π̄ₖ centred to mean zero (as glmnet starts).</summary>
    public double[] NullIntercepts()
    {
        var a = Prior.Select(v => Math.Log(v)).ToArray();
        double mean = a.Average();
        return a.Select(v => v - mean).ToArray();
    }

    /// <summary>
    /// λ_max = maxⱼ maxₖ |Σᵢ wᵢ x̃ᵢⱼ(yᵢₖ − π̄ₖ)| / max(α, 10⁻³): the smallest λ at which all βⱼₖ are zero (for α &gt; 0;
    /// glmnet's <c>ga</c> from the null-model gradient); grouped, the Euclidean norm over k replaces the maximum.
    /// </summary>
    public double LambdaMax(double alpha, bool grouped)
    {
        double max = 0;
        for (int j = 0; j < P; j++)
        {
            var gradient = new double[K];
            var column = Columns[j];
            for (int i = 0; i < N; i++)
            {
                for (int k = 0; k < K; k++)
                {
                    gradient[k] += W[i] * column[i] * ((Y[i] == k ? 1 : 0) - Prior[k]);
                }
            }

            max = Math.Max(max, grouped ? Math.Sqrt(gradient.Sum(g => g * g)) : gradient.Max(Math.Abs));
        }

        return max / Math.Max(alpha, 1e-3);
    }

    /// <summary>Back to the original feature scale: βⱼₖ/sⱼ and aₖ = b₀ₖ − Σⱼ x̄ⱼβⱼₖ/sⱼ − (their mean over k).</summary>
    public MultinomialElasticNetFit ToOriginalScale(double lambda, double[] intercepts, double[][] beta, double devianceRatio)
    {
        var a = new double[K];
        var b = new double[K][];
        for (int k = 0; k < K; k++)
        {
            b[k] = new double[P];
            a[k] = intercepts[k];
            for (int j = 0; j < P; j++)
            {
                b[k][j] = beta[k][j] / Scale[j];
                a[k] -= b[k][j] * Mean[j];
            }
        }

        // glmnet reports the original-scale intercepts centred to mean zero (a common shift changes no probability).
        double centre = a.Average();
        for (int k = 0; k < K; k++)
        {
            a[k] -= centre;
        }

        return new MultinomialElasticNetFit(lambda, a, b, devianceRatio);
    }
}
