namespace PulmoPet.Stats.Regression;

/// <summary>
/// A fitted multinomial elastic-net path (<see cref="ElasticNetMultinomial.Path"/>): fits in decreasing λ, the class
/// names in the order of the class indices, and the null deviance −2 Σᵢ wᵢ log π̄_{yᵢ} of the intercept-only model
/// (glmnet's <c>nulldev</c>; wᵢ the observation weights as given, π̄ the weighted class proportions).
/// <see cref="NotConvergedAt"/> is the λ at which the solver ran out of iterations, where the path was cut (glmnet
/// returns the larger-λ solutions with a warning in that case); null when every λ converged.
/// </summary>
public sealed record MultinomialElasticNetPath(
    IReadOnlyList<string> Classes, IReadOnlyList<MultinomialElasticNetFit> Fits, double NullDeviance, double? NotConvergedAt = null)
{
    public IReadOnlyList<double> Lambdas => Fits.Select(f => f.Lambda).ToArray();

    /// <summary>
    /// Coefficients at λ = s, linearly interpolated in λ between the neighbouring fits of the path and clamped at its
    /// ends (glmnet's <c>lambda.interp</c>, used by <c>predict(fit, newx, s)</c> and <c>coef(fit, s)</c>).
    /// </summary>
    public MultinomialElasticNetFit At(double s)
    {
        if (Fits.Count == 0)
        {
            throw new InvalidOperationException("The path is empty.");
        }

        if (s >= Fits[0].Lambda)
        {
            return Fits[0];
        }

        if (s <= Fits[^1].Lambda)
        {
            return Fits[^1];
        }

        int right = 1;
        while (Fits[right].Lambda > s)
        {
            right++;
        }

        var a = Fits[right - 1];
        var b = Fits[right];
        if (b.Lambda == s)
        {
            return b;
        }

        double frac = (s - b.Lambda) / (a.Lambda - b.Lambda);
        var intercepts = a.Intercepts.Select((v, k) => frac * v + (1 - frac) * b.Intercepts[k]).ToArray();
        var coefficients = a.Coefficients
            .Select((row, k) => row.Select((v, j) => frac * v + (1 - frac) * b.Coefficients[k][j]).ToArray())
            .ToArray();
        return new MultinomialElasticNetFit(s, intercepts, coefficients, double.NaN);
    }

    /// <summary>Class probabilities of one row at λ = s (glmnet <c>predict(fit, newx, s, type = "response")</c>).</summary>
    public double[] Probabilities(IReadOnlyList<double> features, double s) => At(s).Probabilities(features);

    /// <summary>Predicted class name of one row at λ = s (glmnet <c>predict(fit, newx, s, type = "class")</c>).</summary>
    public string PredictClass(IReadOnlyList<double> features, double s) => Classes[At(s).PredictClass(features)];

    /// <summary>Features with a non-zero coefficient in any class at λ = s.</summary>
    public int[] NonZeroFeatures(double s) => At(s).NonZeroFeatures();
}
