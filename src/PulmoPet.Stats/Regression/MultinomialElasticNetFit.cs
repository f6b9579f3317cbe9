namespace PulmoPet.Stats.Regression;

/// <summary>
/// One point of a multinomial elastic-net path (glmnet's symmetric parameterisation, one coefficient vector per class,
/// log πₖ ∝ aₖ + xβₖ), on the original feature scale. <see cref="Coefficients"/>[k][j] is feature j in class k.
/// </summary>
public sealed record MultinomialElasticNetFit(double Lambda, double[] Intercepts, double[][] Coefficients, double DevianceRatio)
{
    public int ClassCount => Intercepts.Length;

    public int FeatureCount => Coefficients[0].Length;

    /// <summary>Linear predictors aₖ + xβₖ of one row of features (glmnet's <c>predict(type = "link")</c>).</summary>
    public double[] LinearPredictors(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count != FeatureCount)
        {
            throw new ArgumentException($"Expected {FeatureCount} features.", nameof(features));
        }

        var eta = new double[ClassCount];
        for (int k = 0; k < ClassCount; k++)
        {
            double e = Intercepts[k];
            for (int j = 0; j < FeatureCount; j++)
            {
                e += Coefficients[k][j] * features[j];
            }

            eta[k] = e;
        }

        return eta;
    }

    /// <summary>Class probabilities (softmax of the linear predictors; glmnet's <c>type = "response"</c>).</summary>
    public double[] Probabilities(IReadOnlyList<double> features)
    {
        var eta = LinearPredictors(features);
        double max = eta.Max();
        var p = eta.Select(e => Math.Exp(e - max)).ToArray();
        double sum = p.Sum();
        return p.Select(v => v / sum).ToArray();
    }

    /// <summary>Index of the most probable class; the first one on ties (glmnet's <c>type = "class"</c>, <c>glmnet_softmax</c>).</summary>
    public int PredictClass(IReadOnlyList<double> features)
    {
        var eta = LinearPredictors(features);
        int best = 0;
        for (int k = 1; k < eta.Length; k++)
        {
            if (eta[k] > eta[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>Features with a non-zero coefficient in at least one class, ascending (their count is glmnet's <c>df</c>).</summary>
    public int[] NonZeroFeatures() =>
        Enumerable.Range(0, FeatureCount).Where(j => Coefficients.Any(c => c[j] != 0)).ToArray();

    /// <summary>Non-zero coefficients per class (glmnet's <c>dfmat</c> column).</summary>
    public int[] NonZeroPerClass() => Coefficients.Select(c => c.Count(v => v != 0)).ToArray();
}
