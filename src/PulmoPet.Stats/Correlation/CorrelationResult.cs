namespace PulmoPet.Stats.Correlation;

/// <summary>
/// A correlation coefficient with its test. For Pearson, <see cref="Statistic"/> is t with n − 2 df and the CI
/// is Fisher's z interval; for Spearman it is R's S = (n³ − n)(1 − ρ)/6 and the CI is NaN.
/// </summary>
public sealed record CorrelationResult(
    string Method,
    double Estimate,
    double Statistic,
    double PValue,
    int N,
    double ConfidenceLower = double.NaN,
    double ConfidenceUpper = double.NaN)
{
    /// <summary>How the p-value was obtained ("exact", "Edgeworth series (AS 89)", "t approximation").</summary>
    public string PValueMethod { get; init; } = "";
}
