using System.Globalization;
using PulmoPet.Imaging;

namespace PulmoPet.Pet.Lesions;

/// <summary>
/// The SUV a focus must reach to be a lesion candidate: a fixed SUV (default 2.5, the customary FDG
/// cut-off) or a multiple of a reference region's uptake as PERCIST 1.0 defines measurability
/// (Wahl et al., J Nucl Med 50 Suppl 1, 2009): 1.5 × mean liver SUL + 2 SD in a 3 cm VOI of the right lobe,
/// or, when the liver is abnormal, 2 × mean blood-pool SUL + 2 SD in a 1 cm × 2 cm VOI of the descending aorta.
/// </summary>
public sealed record UptakeThreshold
{
    /// <summary>The customary fixed FDG threshold (SUV).</summary>
    public const double DefaultSuv = 2.5;

    /// <summary>PERCIST: 1.5 × liver mean + 2 × liver SD.</summary>
    public const double PercistLiverFactor = 1.5;

    /// <summary>PERCIST: 2 × blood-pool mean + 2 × blood-pool SD.</summary>
    public const double PercistBloodPoolFactor = 2.0;

    private UptakeThreshold(double suv, string description)
    {
        if (!double.IsFinite(suv) || suv <= 0)
        {
            throw new InvalidInputException(FormattableString.Invariant($"The uptake threshold {suv} must be a positive SUV."));
        }

        Suv = suv;
        Description = description;
    }

    public static UptakeThreshold Default { get; } = Absolute(DefaultSuv);

    /// <summary>The threshold in SUV.</summary>
    public double Suv { get; }

    /// <summary>How it was derived, for reports (e.g. "SUV 2.5", "1.5 × liver 2.1 + 2 × SD 0.3").</summary>
    public string Description { get; }

    public static UptakeThreshold Absolute(double suv) =>
        new(suv, "SUV " + suv.ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>PERCIST liver threshold: 1.5 × <paramref name="liverMean"/> + 2 × <paramref name="liverSd"/>.</summary>
    public static UptakeThreshold FromLiver(double liverMean, double liverSd = 0) =>
        Reference(liverMean, liverSd, PercistLiverFactor, "liver");

    /// <summary>PERCIST blood-pool threshold: 2 × <paramref name="bloodPoolMean"/> + 2 × <paramref name="bloodPoolSd"/>.</summary>
    public static UptakeThreshold FromBloodPool(double bloodPoolMean, double bloodPoolSd = 0) =>
        Reference(bloodPoolMean, bloodPoolSd, PercistBloodPoolFactor, "blood pool");

    /// <summary><paramref name="factor"/> × a reference region's mean + 2 × its SD (PERCIST's form for any factor).</summary>
    public static UptakeThreshold FromReference(string referenceName, double mean, double sd, double factor) =>
        Reference(mean, sd, factor, referenceName);

    /// <summary>A plain multiple of a reference region's mean uptake.</summary>
    public static UptakeThreshold MultipleOf(double referenceMean, double factor, string referenceName) =>
        Reference(referenceMean, 0, factor, referenceName);

    private static UptakeThreshold Reference(double mean, double sd, double factor, string name)
    {
        if (!(double.IsFinite(mean) && mean > 0 && double.IsFinite(sd) && sd >= 0 && double.IsFinite(factor) && factor > 0))
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"The {name} reference needs a positive mean SUV, a non-negative SD and a positive factor (got mean {mean}, SD {sd}, factor {factor})."));
        }

        string text = FormattableString.Invariant($"{factor:0.###} × {name} mean {mean:0.###}") +
            (sd > 0 ? FormattableString.Invariant($" + 2 × SD {sd:0.###}") : string.Empty);
        return new UptakeThreshold(factor * mean + 2 * sd, text);
    }
}
