namespace PulmoPet.Stats.Regression;

/// <summary>Loss that <see cref="MultinomialElasticNetCrossValidation"/> averages (cv.glmnet's <c>type.measure</c>).</summary>
public enum MultinomialCvMeasure
{
    /// <summary>Multinomial deviance −2 log π̂ᵢ,yᵢ, π̂ clipped to [10⁻⁵, 1 − 10⁻⁵] (cv.glmnet's default).</summary>
    Deviance,

    /// <summary>Misclassification: 1 when the most probable class (the first on ties) is not yᵢ.</summary>
    Class,
}

/// <summary>Result of <see cref="MultinomialElasticNetCrossValidation.Run"/>; CvMean/CvStandardError follow Path.Fits.</summary>
public sealed record CrossValidatedMultinomialElasticNet(
    MultinomialElasticNetPath Path,
    MultinomialCvMeasure Measure,
    double[] CvMean,
    double[] CvStandardError,
    double LambdaMin,
    double Lambda1Se,
    int[] FoldIds)
{
    /// <summary>The full-data fit at λ_min.</summary>
    public MultinomialElasticNetFit AtLambdaMin => Path.Fits.Single(f => f.Lambda == LambdaMin);

    /// <summary>The full-data fit at λ_1se.</summary>
    public MultinomialElasticNetFit AtLambda1Se => Path.Fits.Single(f => f.Lambda == Lambda1Se);
}

/// <summary>
/// K-fold cross-validation of <see cref="ElasticNetMultinomial"/> as R's <c>cv.glmnet(x, y, family = "multinomial",
/// alpha, weights, foldid, type.measure)</c> (glmnet 4.1, <c>cv.multnet</c>): each training set gets its own default
/// λ path (with its observations' weights), whose coefficients are linearly interpolated in λ at the full-data λ values
/// (<c>lambda.interp</c>, clamped at the path's ends; cv.glmnet's <c>alignment = "lambda"</c>); the held-out loss is
/// averaged per fold with the observation weights; cvm = mean of the fold means weighted by the folds' total weights,
/// cvsd = √(the same weighted mean of (fold mean − cvm)² / (K − 1)) (<c>cvcompute</c>, grouped = TRUE).
/// λ_min = the largest λ with the smallest cvm; λ_1se = the largest λ with cvm ≤ cvm(λ_min) + cvsd(λ_min)
/// (<c>getOptcv.glmnet</c>). Folds: given (e.g. R's <c>foldid</c>), or seeded stratified folds (<see cref="StratifiedFolds"/>).
/// </summary>
public static class MultinomialElasticNetCrossValidation
{
    public const int DefaultFolds = 10;
    private const double ProbabilityClip = 1e-5;

    public static CrossValidatedMultinomialElasticNet Run(
        IReadOnlyList<double[]> x,
        IReadOnlyList<int> y,
        IReadOnlyList<string> classes,
        double alpha = 1,
        IReadOnlyList<double>? weights = null,
        int[]? foldIds = null,
        MultinomialCvMeasure measure = MultinomialCvMeasure.Deviance,
        MultinomialPenalty penalty = MultinomialPenalty.Ungrouped,
        int folds = DefaultFolds,
        int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = y.Count;
        var ids = foldIds ?? StratifiedFolds(y, folds, seed);
        if (ids.Length != n)
        {
            throw new ArgumentException("One fold id per observation is required.", nameof(foldIds));
        }

        int k = ids.Max();
        if (k < 3 || ids.Min() < 1 || Enumerable.Range(1, k).Any(f => !ids.Contains(f)))
        {
            throw new ArgumentException("Fold ids must be 1…K, each used, with K ≥ 3 (as cv.glmnet).", nameof(foldIds));
        }

        var w = weights?.ToArray() ?? Enumerable.Repeat(1.0, n).ToArray();
        var path = ElasticNetMultinomial.Path(x, y, classes, alpha, w, penalty: penalty);
        var lambdas = path.Lambdas;
        int l = lambdas.Count;
        var foldMeans = new double[k, l];
        var foldWeights = new double[k];
        for (int fold = 1; fold <= k; fold++)
        {
            var train = Enumerable.Range(0, n).Where(i => ids[i] != fold).ToArray();
            var test = Enumerable.Range(0, n).Where(i => ids[i] == fold).ToArray();
            var foldPath = ElasticNetMultinomial.Path(
                train.Select(i => x[i]).ToArray(), train.Select(i => y[i]).ToArray(), classes, alpha, train.Select(i => w[i]).ToArray(), penalty: penalty);
            double testWeight = test.Sum(i => w[i]);
            foldWeights[fold - 1] = testWeight;
            for (int m = 0; m < l; m++)
            {
                var fit = foldPath.At(lambdas[m]);
                double sum = 0;
                foreach (int i in test)
                {
                    sum += w[i] * Loss(fit, x[i], y[i], measure);
                }

                foldMeans[fold - 1, m] = sum / testWeight;
            }
        }

        var curve = CrossValidationCurve.Summarize(foldMeans, foldWeights, lambdas);
        return new CrossValidatedMultinomialElasticNet(path, measure, curve.Mean, curve.StandardError, curve.LambdaMin, curve.Lambda1Se, ids);
    }

    /// <summary>
    /// Stratified folds 1…K: within each class the fold ids cycled (1, 2, …, K, 1, …, each class starting where the
    /// previous one stopped) and put in a seeded random order, so every fold holds ⌊nₖ/K⌋ or ⌈nₖ/K⌉ of class k and the
    /// fold sizes differ by at most one (as a <c>foldid</c> built by <c>sample(rep(1:K, length.out = nₖ))</c> per class).
    /// </summary>
    public static int[] StratifiedFolds(IReadOnlyList<int> y, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(y);
        if (folds < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), "cv.glmnet needs at least 3 folds.");
        }

        var random = new Random(seed);
        var ids = new int[y.Count];
        int offset = 0;
        foreach (int c in y.Distinct().Order())
        {
            var members = Enumerable.Range(0, y.Count).Where(i => y[i] == c).ToArray();
            var labels = members.Select((_, r) => (r + offset) % folds + 1).ToArray();
            random.Shuffle(labels);
            for (int r = 0; r < members.Length; r++)
            {
                ids[members[r]] = labels[r];
            }

            // Start the next class where this one stopped, so small classes do not all pile into the first folds.
            offset = (offset + members.Length) % folds;
        }

        return ids;
    }

    private static double Loss(MultinomialElasticNetFit fit, double[] features, int y, MultinomialCvMeasure measure)
    {
        var p = fit.Probabilities(features);
        if (measure == MultinomialCvMeasure.Class)
        {
            int best = 0;
            for (int c = 1; c < p.Length; c++)
            {
                if (p[c] > p[best])
                {
                    best = c;
                }
            }

            return best == y ? 0 : 1;
        }

        return -2 * Math.Log(Math.Clamp(p[y], ProbabilityClip, 1 - ProbabilityClip));
    }
}
