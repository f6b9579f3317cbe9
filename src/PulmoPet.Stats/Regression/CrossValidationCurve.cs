namespace PulmoPet.Stats.Regression;

/// <summary>
/// The cross-validation curve over a λ path as cv.glmnet computes it: per λ the fold-weighted mean of the
/// fold errors (cvm) and its standard error (cvsd), then lambda.min (smallest cvm, the largest λ on ties)
/// and lambda.1se (the largest λ whose cvm is within one cvsd of the minimum).
/// </summary>
internal sealed record CrossValidationCurve(double[] Mean, double[] StandardError, double LambdaMin, double Lambda1Se)
{
    /// <param name="foldMeans">Mean error of fold f at λ m, [fold, λ].</param>
    /// <param name="foldWeights">Weight (size or summed observation weight) of each fold.</param>
    /// <param name="lambdas">The λ values of the path.</param>
    public static CrossValidationCurve Summarize(double[,] foldMeans, IReadOnlyList<double> foldWeights, IReadOnlyList<double> lambdas)
    {
        int k = foldWeights.Count, l = lambdas.Count;
        var cvm = new double[l];
        var cvsd = new double[l];
        double total = foldWeights.Sum();
        for (int m = 0; m < l; m++)
        {
            double mean = 0;
            for (int f = 0; f < k; f++)
            {
                mean += foldWeights[f] * foldMeans[f, m];
            }

            mean /= total;
            double spread = 0;
            for (int f = 0; f < k; f++)
            {
                spread += foldWeights[f] * (foldMeans[f, m] - mean) * (foldMeans[f, m] - mean);
            }

            cvm[m] = mean;
            cvsd[m] = Math.Sqrt(spread / total / (k - 1));
        }

        double best = cvm.Min();
        int indexMin = Enumerable.Range(0, l).Where(m => cvm[m] <= best).OrderByDescending(m => lambdas[m]).First();
        double limit = cvm[indexMin] + cvsd[indexMin];
        int index1Se = Enumerable.Range(0, l).Where(m => cvm[m] <= limit).OrderByDescending(m => lambdas[m]).First();
        return new CrossValidationCurve(cvm, cvsd, lambdas[indexMin], lambdas[index1Se]);
    }
}
