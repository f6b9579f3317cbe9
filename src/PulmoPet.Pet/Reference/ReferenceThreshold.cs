using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Pet.Reference;

/// <summary>Which normal-tissue reference an uptake threshold is a multiple of.</summary>
public enum ReferenceRegion
{
    Liver,
    BloodPool,
}

/// <summary>
/// A detection threshold measured from the image: <see cref="Factor"/> × the reference's mean + 2 × its SD,
/// PERCIST 1.0's form (1.5 × liver, 2 × blood pool; Wahl et al. 2009), with the reference placed automatically
/// (<see cref="LiverReference"/>, <see cref="BloodPoolReference"/>).
/// </summary>
public sealed record ReferenceThreshold(ReferenceRegion Region, double Factor)
{
    /// <summary>
    /// Parses a threshold as the CLI writes it: a number (SUV), <c>liver[:F]</c> or <c>blood-pool[:F]</c>
    /// (F defaults to PERCIST's 1.5 and 2); returns either the fixed threshold or the reference rule.
    /// </summary>
    public static (UptakeThreshold? Fixed, ReferenceThreshold? Reference) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string value = text.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double suv))
        {
            return (UptakeThreshold.Absolute(suv), null);
        }

        string[] parts = value.Split(':', 2);
        ReferenceRegion? region = parts[0].ToLowerInvariant() switch
        {
            "liver" => ReferenceRegion.Liver,
            "blood-pool" or "bloodpool" or "blood_pool" => ReferenceRegion.BloodPool,
            _ => null,
        };
        if (region is null)
        {
            throw new InvalidInputException($"The threshold '{text}' is neither an SUV nor liver[:factor] or blood-pool[:factor].");
        }

        double factor = region == ReferenceRegion.Liver ? UptakeThreshold.PercistLiverFactor : UptakeThreshold.PercistBloodPoolFactor;
        if (parts.Length == 2 && !(double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out factor) && double.IsFinite(factor) && factor > 0))
        {
            throw new InvalidInputException($"The factor in the threshold '{text}' must be a positive number.");
        }

        return (null, new ReferenceThreshold(region.Value, factor));
    }

    /// <summary>Places the reference, measures it on the PET and gives the threshold; <paramref name="lungs"/> lie on the CT's grid.</summary>
    public (UptakeThreshold Threshold, ReferenceUptake Uptake) Measure(Volume<float> pet, Volume ct, Volume<byte> lungs)
    {
        var uptake = Region == ReferenceRegion.Liver ? LiverReference.Measure(pet, ct, lungs) : BloodPoolReference.Measure(pet, ct, lungs);
        return (UptakeThreshold.FromReference(uptake.Region, uptake.MeanSuv, uptake.SdSuv, Factor), uptake);
    }
}
