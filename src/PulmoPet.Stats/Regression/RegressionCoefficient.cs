namespace PulmoPet.Stats.Regression;

/// <summary>
/// A logistic-regression coefficient with its Wald test and odds ratio: z = β/SE, two-sided normal p,
/// OR = exp(β) with the Wald interval exp(β ± z_{0.975}·SE) (R: <c>summary(glm)</c>, <c>exp(confint.default(fit))</c>;
/// R's <c>confint(glm)</c> gives profile-likelihood intervals instead).
/// </summary>
public sealed record RegressionCoefficient(
    string Name,
    double Estimate,
    double StandardError,
    double Z,
    double PValue,
    double OddsRatio,
    double OddsRatioLower,
    double OddsRatioUpper)
{
    internal static RegressionCoefficient Create(string name, double beta, double se, double zQuantile)
    {
        double z = beta / se;
        return new RegressionCoefficient(
            name, beta, se, z, Distributions.Tails.NormalTwoSided(z), Math.Exp(beta), Math.Exp(beta - zQuantile * se), Math.Exp(beta + zQuantile * se));
    }
}
