using MathNet.Numerics.LinearAlgebra;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.Regression;

/// <summary>A fitted binary logistic model.</summary>
public sealed record LogisticModel(
    IReadOnlyList<RegressionCoefficient> Coefficients,
    double Deviance,
    double NullDeviance,
    double Aic,
    int Iterations,
    bool Converged)
{
    /// <summary>P(y = 1 | x) for a row of features (without the intercept column).</summary>
    public double Predict(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double eta = Coefficients[0].Estimate;
        for (int j = 0; j < features.Count; j++)
        {
            eta += Coefficients[j + 1].Estimate * features[j];
        }

        return 1 / (1 + Math.Exp(-eta));
    }
}

/// <summary>
/// Binary logistic regression by iteratively reweighted least squares, as R's
/// <c>glm(y ~ x, family = binomial)</c> (glm.fit: start μ = (y + ½)/2, working response z = η + (y − μ)/(μ(1 − μ)),
/// weights μ(1 − μ)), iterated to |Δdeviance|/(|deviance| + 0.1) &lt; 10⁻¹⁴ (R stops at 10⁻⁸; the estimates
/// agree to that precision). SEs from (XᵀWX)⁻¹. Deviance −2ℓ, AIC = deviance + 2p.
/// Complete separation shows as <see cref="LogisticModel.Converged"/> = false with huge estimates, as in R.
/// </summary>
public static class LogisticRegression
{
    public const int MaximumIterations = 100;
    public const double Tolerance = 1e-14;

    /// <param name="x">Observations × features (no intercept column; one is added).</param>
    /// <param name="y">0/1 outcome.</param>
    /// <param name="names">Feature names.</param>
    /// <param name="confidenceLevel">Level of the odds-ratio intervals.</param>
    public static LogisticModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, IReadOnlyList<string> names, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(y);
        DesignMatrix.Validate(x, y.Count, names);
        var design = Matrix<double>.Build.DenseOfRowArrays(DesignMatrix.WithIntercept(x));
        int n = design.RowCount, p = design.ColumnCount;
        var response = Vector<double>.Build.Dense(n, i => y[i] ? 1 : 0);
        var mu = Vector<double>.Build.Dense(n, i => (response[i] + 0.5) / 2);
        var eta = mu.Map(m => Math.Log(m / (1 - m)));
        var beta = Vector<double>.Build.Dense(p);
        double deviance = Deviance(response, mu);
        bool converged = false;
        int iteration = 0;
        Matrix<double> information = Matrix<double>.Build.Dense(p, p);
        while (iteration++ < MaximumIterations)
        {
            var w = mu.Map(m => m * (1 - m));
            var z = eta + (response - mu).PointwiseDivide(w);
            var xw = design.Clone();
            for (int i = 0; i < n; i++)
            {
                xw.SetRow(i, design.Row(i) * w[i]);
            }

            information = design.TransposeThisAndMultiply(xw);
            beta = information.Cholesky().Solve(xw.TransposeThisAndMultiply(z));
            eta = design * beta;
            mu = eta.Map(e => 1 / (1 + Math.Exp(-e)));
            double newDeviance = Deviance(response, mu);
            bool done = Math.Abs(newDeviance - deviance) / (Math.Abs(newDeviance) + 0.1) < Tolerance;
            deviance = newDeviance;
            if (done)
            {
                converged = true;
                break;
            }
        }

        // Information at the final estimate.
        var weights = mu.Map(m => m * (1 - m));
        var weighted = design.Clone();
        for (int i = 0; i < n; i++)
        {
            weighted.SetRow(i, design.Row(i) * weights[i]);
        }

        var covariance = design.TransposeThisAndMultiply(weighted).Inverse();
        double zq = Tails.NormalQuantile(1 - (1 - confidenceLevel) / 2);
        var allNames = new[] { DesignMatrix.InterceptName }.Concat(names).ToArray();
        var coefficients = Enumerable.Range(0, p)
            .Select(j => RegressionCoefficient.Create(allNames[j], beta[j], Math.Sqrt(covariance[j, j]), zq))
            .ToArray();
        double mean = response.Average();
        var nullMu = Vector<double>.Build.Dense(n, mean);
        return new LogisticModel(coefficients, deviance, Deviance(response, nullMu), deviance + 2 * p, iteration, converged);
    }

    private static double Deviance(Vector<double> y, Vector<double> mu)
    {
        double sum = 0;
        for (int i = 0; i < y.Count; i++)
        {
            double m = Math.Clamp(mu[i], double.Epsilon, 1 - 1e-16);
            sum += y[i] == 1 ? -2 * Math.Log(m) : -2 * Math.Log(1 - m);
        }

        return sum;
    }
}
