namespace PulmoPet.Stats.Regression;

/// <summary>Result of <see cref="ElasticNetCrossValidation.Run"/>.</summary>
public sealed record CrossValidatedElasticNet(
    IReadOnlyList<ElasticNetFit> Path,
    double[] CvMean,
    double[] CvStandardError,
    double LambdaMin,
    double Lambda1Se,
    int[] FoldIds)
{
    /// <summary>The full-data fit at λ_min.</summary>
    public ElasticNetFit AtLambdaMin => Path.Single(f => f.Lambda == LambdaMin);

    /// <summary>The full-data fit at λ_1se.</summary>
    public ElasticNetFit AtLambda1Se => Path.Single(f => f.Lambda == Lambda1Se);
}

/// <summary>
/// K-fold cross-validation of <see cref="ElasticNetLogistic"/> as R's <c>cv.glmnet(x, y, family = "binomial",
/// alpha, foldid, type.measure = "deviance")</c> (glmnet 4.1): each training set gets its own default λ path, and its
/// coefficients are linearly interpolated in λ at the λ values of the full-data fit (glmnet's <c>lambda.interp</c>,
/// clamped at the ends of the fold's path; cv.glmnet's default <c>alignment = "lambda"</c>); the held-out binomial deviance −2[y log p + (1 − y) log(1 − p)] (p clipped to [10⁻⁵, 1 − 10⁻⁵]) is averaged
/// per fold; cvm = fold-size-weighted mean of the fold means, cvsd = √(weighted mean of (fold mean − cvm)²/(K − 1)).
/// λ_min = the largest λ with the smallest cvm; λ_1se = the largest λ with cvm ≤ cvm(λ_min) + cvsd(λ_min)
/// (glmnet's <c>getOptcv.glmnet</c>). Folds: given, or a seeded random balanced assignment.
/// </summary>
public static class ElasticNetCrossValidation
{
    public const int DefaultFolds = 10;
    private const double ProbabilityClip = 1e-5;

    public static CrossValidatedElasticNet Run(
        IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double alpha, int[]? foldIds = null, int folds = DefaultFolds, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = y.Count;
        var ids = foldIds ?? AssignFolds(n, folds, seed);
        if (ids.Length != n)
        {
            throw new ArgumentException("One fold id per observation is required.", nameof(foldIds));
        }

        int k = ids.Max();
        if (k < 3 || ids.Min() < 1)
        {
            throw new ArgumentException("Fold ids must be 1…K with K ≥ 3 (as cv.glmnet).", nameof(foldIds));
        }

        var path = ElasticNetLogistic.Path(x, y, alpha);
        var lambdas = path.Select(f => f.Lambda).ToArray();
        int l = lambdas.Length;
        var foldMeans = new double[k, l];
        var foldSizes = new double[k];
        for (int fold = 1; fold <= k; fold++)
        {
            var train = Enumerable.Range(0, n).Where(i => ids[i] != fold).ToArray();
            var test = Enumerable.Range(0, n).Where(i => ids[i] == fold).ToArray();
            var foldPath = ElasticNetLogistic.Path(train.Select(i => x[i]).ToArray(), train.Select(i => y[i]).ToArray(), alpha);
            foldSizes[fold - 1] = test.Length;
            for (int m = 0; m < l; m++)
            {
                var fit = Interpolate(foldPath, lambdas[m]);
                double sum = 0;
                foreach (int i in test)
                {
                    double p = 1 / (1 + Math.Exp(-fit.LinearPredictor(x[i])));
                    p = Math.Clamp(p, ProbabilityClip, 1 - ProbabilityClip);
                    sum += -2 * (y[i] ? Math.Log(p) : Math.Log(1 - p));
                }

                foldMeans[fold - 1, m] = sum / test.Length;
            }
        }

        var curve = CrossValidationCurve.Summarize(foldMeans, foldSizes, lambdas);
        return new CrossValidatedElasticNet(path, curve.Mean, curve.StandardError, curve.LambdaMin, curve.Lambda1Se, ids);
    }

    /// <summary>
    /// Coefficients at λ = s by linear interpolation between the neighbouring λ of a path (glmnet's
    /// <c>lambda.interp</c>); the first or last fit outside the path's range.
    /// </summary>
    public static ElasticNetFit Interpolate(IReadOnlyList<ElasticNetFit> path, double s)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (s >= path[0].Lambda)
        {
            return path[0];
        }

        if (s <= path[^1].Lambda)
        {
            return path[^1];
        }

        int right = 1;
        while (path[right].Lambda > s)
        {
            right++;
        }

        var a = path[right - 1];
        var b = path[right];
        double frac = (s - b.Lambda) / (a.Lambda - b.Lambda);
        var coefficients = a.Coefficients.Select((c, j) => frac * c + (1 - frac) * b.Coefficients[j]).ToArray();
        return new ElasticNetFit(s, frac * a.Intercept + (1 - frac) * b.Intercept, coefficients, double.NaN);
    }

    /// <summary>Balanced random folds 1…K (each fold size ⌊n/K⌋ or ⌈n/K⌉), reproducible from the seed.</summary>
    public static int[] AssignFolds(int n, int folds, int seed)
    {
        var ids = Enumerable.Range(0, n).Select(i => i % folds + 1).ToArray();
        new Random(seed).Shuffle(ids);
        return ids;
    }
}
