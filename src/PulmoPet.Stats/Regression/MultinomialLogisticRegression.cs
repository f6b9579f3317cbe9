using MathNet.Numerics.LinearAlgebra;
using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.Regression;

/// <summary>A fitted multinomial (baseline-category) logistic model.</summary>
public sealed record MultinomialModel(
    IReadOnlyList<string> Classes,
    IReadOnlyList<IReadOnlyList<RegressionCoefficient>> Coefficients,
    double Deviance,
    double Aic,
    int Iterations,
    bool Converged)
{
    /// <summary>Class probabilities for one row of features (no intercept column), in <see cref="Classes"/> order.</summary>
    public double[] Predict(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var eta = new double[Classes.Count];
        for (int k = 1; k < Classes.Count; k++)
        {
            var c = Coefficients[k - 1];
            eta[k] = c[0].Estimate;
            for (int j = 0; j < features.Count; j++)
            {
                eta[k] += c[j + 1].Estimate * features[j];
            }
        }

        double max = eta.Max();
        var p = eta.Select(e => Math.Exp(e - max)).ToArray();
        double sum = p.Sum();
        return p.Select(v => v / sum).ToArray();
    }
}

/// <summary>
/// Multinomial logistic regression with the first class as reference, log(πₖ/π₀) = xβₖ for k = 1…K−1
/// (R: <c>nnet::multinom(y ~ x)</c>, VGAM <c>vglm(family = multinomial(refLevel = 1))</c>; SPSS NOMREG with the
/// reference category set to the first). Maximum likelihood by Newton–Raphson on the full (K−1)p Hessian with step
/// halving; SEs from the inverse observed information; Wald z, p and odds-ratio CIs per coefficient.
/// Coefficients[k − 1] holds class k versus class 0.
/// </summary>
public static class MultinomialLogisticRegression
{
    public const int MaximumIterations = 100;

    /// <param name="x">Observations × features (no intercept column; one is added).</param>
    /// <param name="y">Class index 0…K−1 of each observation (0 = reference).</param>
    /// <param name="classes">Class names, K ≥ 2.</param>
    /// <param name="names">Feature names.</param>
    /// <param name="confidenceLevel">Level of the odds-ratio intervals.</param>
    public static MultinomialModel Fit(
        IReadOnlyList<double[]> x, IReadOnlyList<int> y, IReadOnlyList<string> classes, IReadOnlyList<string> names, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(classes);
        DesignMatrix.Validate(x, y.Count, names);
        int k = classes.Count;
        if (k < 2 || y.Any(v => v < 0 || v >= k))
        {
            throw new ArgumentException("y must hold class indices 0…K−1 with K ≥ 2.", nameof(y));
        }

        var design = DesignMatrix.WithIntercept(x);
        int n = design.Length, p = design[0].Length, m = (k - 1) * p;
        var beta = Vector<double>.Build.Dense(m);
        var (ll, gradient, information) = Evaluate(design, y, k, beta);
        bool converged = false;
        int iteration = 0;
        while (iteration++ < MaximumIterations)
        {
            var step = information.Cholesky().Solve(gradient);
            var candidate = beta + step;
            var next = Evaluate(design, y, k, candidate);
            int halvings = 0;
            while ((double.IsNaN(next.LogLikelihood) || next.LogLikelihood < ll - 1e-12) && halvings++ < 30)
            {
                step /= 2;
                candidate = beta + step;
                next = Evaluate(design, y, k, candidate);
            }

            bool done = Math.Abs(next.LogLikelihood - ll) <= 1e-14 * (Math.Abs(next.LogLikelihood) + 0.1) && step.AbsoluteMaximum() < 1e-8;
            beta = candidate;
            (ll, gradient, information) = next;
            if (done)
            {
                converged = true;
                break;
            }
        }

        var covariance = information.Inverse();
        double zq = Tails.NormalQuantile(1 - (1 - confidenceLevel) / 2);
        var allNames = new[] { DesignMatrix.InterceptName }.Concat(names).ToArray();
        var coefficients = new List<IReadOnlyList<RegressionCoefficient>>();
        for (int c = 0; c < k - 1; c++)
        {
            coefficients.Add(Enumerable.Range(0, p)
                .Select(j => RegressionCoefficient.Create(allNames[j], beta[c * p + j], Math.Sqrt(covariance[c * p + j, c * p + j]), zq))
                .ToArray());
        }

        double deviance = -2 * ll;
        return new MultinomialModel(classes.ToArray(), coefficients, deviance, deviance + 2 * m, iteration, converged);
    }

    // Log-likelihood, gradient and observed information (negative Hessian) of the baseline-category model.
    private static (double LogLikelihood, Vector<double> Gradient, Matrix<double> Information) Evaluate(
        double[][] x, IReadOnlyList<int> y, int k, Vector<double> beta)
    {
        int n = x.Length, p = x[0].Length, m = (k - 1) * p;
        var gradient = new double[m];
        var information = new double[m, m];
        double ll = 0;
        var eta = new double[k];
        var pi = new double[k];
        for (int i = 0; i < n; i++)
        {
            eta[0] = 0;
            for (int c = 1; c < k; c++)
            {
                double e = 0;
                for (int j = 0; j < p; j++)
                {
                    e += x[i][j] * beta[(c - 1) * p + j];
                }

                eta[c] = e;
            }

            double max = eta.Max();
            double sum = 0;
            for (int c = 0; c < k; c++)
            {
                pi[c] = Math.Exp(eta[c] - max);
                sum += pi[c];
            }

            for (int c = 0; c < k; c++)
            {
                pi[c] /= sum;
            }

            ll += eta[y[i]] - max - Math.Log(sum);
            for (int c = 1; c < k; c++)
            {
                double residual = (y[i] == c ? 1 : 0) - pi[c];
                for (int j = 0; j < p; j++)
                {
                    gradient[(c - 1) * p + j] += residual * x[i][j];
                }

                for (int d = 1; d < k; d++)
                {
                    double w = pi[c] * ((c == d ? 1 : 0) - pi[d]);
                    for (int j = 0; j < p; j++)
                    {
                        for (int l = 0; l < p; l++)
                        {
                            information[(c - 1) * p + j, (d - 1) * p + l] += w * x[i][j] * x[i][l];
                        }
                    }
                }
            }
        }

        return (ll, Vector<double>.Build.DenseOfArray(gradient), Matrix<double>.Build.DenseOfArray(information));
    }
}
