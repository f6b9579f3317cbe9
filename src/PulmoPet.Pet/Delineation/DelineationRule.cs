using System.Globalization;
using PulmoPet.Imaging;

namespace PulmoPet.Pet.Delineation;

/// <summary>
/// The threshold that delineates a metabolic tumour volume: a fraction of the lesion's own SUVmax
/// (MTV40%, EANM guideline for tumour imaging v2.0, Boellaard et al., EJNMMI 2015: 41%; 50% also common)
/// or a fixed SUV (e.g. 2.5).
/// </summary>
public sealed record DelineationRule
{
    private DelineationRule(bool isRelative, double value)
    {
        if (!double.IsFinite(value) || value <= 0 || (isRelative && value >= 1))
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"The delineation threshold {value} must be {(isRelative ? "a fraction of SUVmax in (0, 1)" : "a positive SUV")}."));
        }

        IsRelative = isRelative;
        Value = value;
    }

    /// <summary>True: <see cref="Value"/> is a fraction of SUVmax; false: an SUV.</summary>
    public bool IsRelative { get; }

    public double Value { get; }

    public static DelineationRule Relative(double fractionOfSuvMax) => new(true, fractionOfSuvMax);

    public static DelineationRule Absolute(double suv) => new(false, suv);

    /// <summary>The SUV level for a lesion whose SUVmax is <paramref name="suvMax"/>.</summary>
    public double LevelFor(double suvMax) => IsRelative ? Value * suvMax : Value;

    /// <summary>"relative_0.4" or "absolute_2.5", as lesion tables write it.</summary>
    public string Name => (IsRelative ? "relative_" : "absolute_") + Value.ToString("0.###", CultureInfo.InvariantCulture);
}
