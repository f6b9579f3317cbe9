namespace PulmoPet.Stats.Regression;

/// <summary>How the multinomial penalty treats a feature's K class coefficients (glmnet's <c>type.multinomial</c>).</summary>
public enum MultinomialPenalty
{
    /// <summary>Each coefficient on its own: λ Σⱼₖ [(1 − α)/2 βⱼₖ² + α|βⱼₖ|] (glmnet's default, "ungrouped").</summary>
    Ungrouped,

    /// <summary>A group lasso per feature: λ Σⱼ [(1 − α)/2 ‖βⱼ‖² + α‖βⱼ‖₂], so a feature is in or out for all classes ("grouped").</summary>
    Grouped,
}

/// <summary>
/// Multinomial elastic-net regression path as R's <c>glmnet(x, y, family = "multinomial", alpha, weights,
/// type.multinomial)</c> (glmnet 4.1; Friedman, Hastie &amp; Tibshirani 2010, J Stat Softw 33(1), section 4), with
/// glmnet's defaults: the symmetric parameterisation Pr(y = k | x) ∝ exp(aₖ + xβₖ); observation weights scaled to sum
/// to 1; features standardised with the weighted mean and SD (divisor Σw), coefficients reported on the original
/// scale; unpenalised intercepts; objective −Σᵢ wᵢ log πᵢ,yᵢ + λ·penalty (see <see cref="MultinomialPenalty"/>).
/// λ sequence: <see cref="DefaultLambdaCount"/> values from λ_max = maxⱼₖ |Σᵢ wᵢ x̃ᵢⱼ(yᵢₖ − π̄ₖ)|/max(α, 10⁻³)
/// (grouped: the largest Euclidean norm over classes) down to λ_max·ratio (10⁻² when n &lt; p, else 10⁻⁴), evenly on
/// the log scale, stopping early as glmnet.control (fdev = 10⁻⁵, devmax = 0.999, from the 5th λ on) when the deviance
/// ratio gains less than 10⁻⁵ or exceeds 0.999. Each λ is solved (warm-started) by <see cref="MultinomialSolver"/> to
/// a much tighter tolerance than glmnet's thresh = 10⁻⁷, so the coefficients are the exact optimum; glmnet at its
/// default thresh is within about 10⁻¹ relative of them late on the path (see the tests), at thresh = 10⁻¹⁴ within 10⁻⁶.
/// </summary>
public static class ElasticNetMultinomial
{
    public const int DefaultLambdaCount = 100;

    /// <summary>Fits the path.</summary>
    /// <param name="x">Observations × features.</param>
    /// <param name="y">Class index 0…K−1 of each observation.</param>
    /// <param name="classes">Class names, K ≥ 2 (glmnet orders them as the factor levels).</param>
    /// <param name="alpha">Elastic-net mixing, 1 = lasso, 0 = ridge.</param>
    /// <param name="weights">Observation weights (e.g. inverse class frequencies), default all 1.</param>
    /// <param name="lambdas">Exactly these λ (decreasing), without early stopping (as glmnet with <c>lambda</c> given).</param>
    /// <param name="penalty">Ungrouped (default) or grouped.</param>
    public static MultinomialElasticNetPath Path(
        IReadOnlyList<double[]> x,
        IReadOnlyList<int> y,
        IReadOnlyList<string> classes,
        double alpha = 1,
        IReadOnlyList<double>? weights = null,
        IReadOnlyList<double>? lambdas = null,
        MultinomialPenalty penalty = MultinomialPenalty.Ungrouped)
    {
        ArgumentNullException.ThrowIfNull(classes);
        if (alpha < 0 || alpha > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), "alpha must be in [0, 1].");
        }

        var s = MultinomialProblem.From(x, y, classes.Count, weights);
        if (lambdas is not null && (lambdas.Count == 0 || lambdas.Any(v => !(v >= 0) || double.IsInfinity(v)) ||
            lambdas.Zip(lambdas.Skip(1)).Any(pair => pair.Second > pair.First)))
        {
            throw new ArgumentException("lambdas must be a non-empty, non-increasing sequence of finite values ≥ 0.", nameof(lambdas));
        }

        bool automatic = lambdas is null;
        var sequence = lambdas ?? DefaultLambdas(s, alpha, penalty);
        double nullLoss = s.NullLoss();
        var intercepts = s.NullIntercepts();
        var beta = Enumerable.Range(0, s.K).Select(_ => new double[s.P]).ToArray();
        var fits = new List<MultinomialElasticNetFit>();
        double previousRatio = 0;
        double? notConvergedAt = null;
        for (int m = 0; m < sequence.Count; m++)
        {
            double lambda = sequence[m];
            bool converged = penalty == MultinomialPenalty.Grouped
                ? MultinomialSolver.SolveGrouped(s, lambda, alpha, intercepts, beta)
                : MultinomialSolver.SolveUngrouped(s, lambda, alpha, intercepts, beta);
            if (!converged)
            {
                // As glmnet (error −m: "solutions for larger lambdas returned"): keep the converged part of the path.
                notConvergedAt = lambda;
                break;
            }

            double ratio = 1 - s.Loss(s.LinearPredictors(intercepts, beta)) / nullLoss;
            fits.Add(s.ToOriginalScale(lambda, intercepts, beta, ratio));
            if (automatic && m + 1 >= ElasticNetLogistic.MinimumLambdaCount &&
                (ratio - previousRatio < ElasticNetLogistic.EarlyStopDevianceGain || ratio > ElasticNetLogistic.MaximumDevianceRatio))
            {
                break;
            }

            previousRatio = ratio;
        }

        double total = weights?.Sum() ?? s.N;
        return new MultinomialElasticNetPath(classes.ToArray(), fits, 2 * total * nullLoss, notConvergedAt);
    }

    /// <summary>glmnet's default λ sequence (before early stopping).</summary>
    public static IReadOnlyList<double> DefaultLambdas(
        IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classCount, double alpha = 1, IReadOnlyList<double>? weights = null,
        MultinomialPenalty penalty = MultinomialPenalty.Ungrouped) =>
        DefaultLambdas(MultinomialProblem.From(x, y, classCount, weights), alpha, penalty);

    private static double[] DefaultLambdas(MultinomialProblem s, double alpha, MultinomialPenalty penalty)
    {
        double lambdaMax = s.LambdaMax(alpha, penalty == MultinomialPenalty.Grouped);
        double ratio = s.N < s.P ? 1e-2 : 1e-4;
        return Enumerable.Range(0, DefaultLambdaCount)
            .Select(k => lambdaMax * Math.Exp(k * Math.Log(ratio) / (DefaultLambdaCount - 1)))
            .ToArray();
    }
}
