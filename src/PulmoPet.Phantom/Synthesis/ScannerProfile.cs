using PulmoPet.Phantom.Clinical;

namespace PulmoPet.Phantom.Synthesis;

/// <summary>
/// What a centre's PET/CT scanner does to the images. Centres spread evenly over the ranges, from the
/// sharpest and most sensitive (centre 1) to the blurriest and noisiest (centre K): PSF FWHM 5–8 mm as
/// between current digital PET with resolution modelling and older systems with post-filtering, PET
/// sensitivity ±30 % around a liver coefficient of variation of ≈ 12 % per voxel at full dose (EARL-like
/// image quality), CT noise σ 10–20 HU.
/// </summary>
public sealed record ScannerProfile(int Center, double PetPsfFwhmMm, double PetSensitivity, double CtNoiseHu)
{
    public const double SharpestPsfFwhmMm = 5.0;
    public const double BlurriestPsfFwhmMm = 8.0;
    public const double LowestCtNoiseHu = 10.0;
    public const double HighestCtNoiseHu = 20.0;

    /// <summary>Counts per voxel per unit SUV at full dose for a reference patient (liver SUV 2.2 → CoV ≈ 12 %).</summary>
    public const double ReferenceCountsPerSuv = 32.0;

    public static ScannerProfile ForCenter(int center, int centers)
    {
        double f = ClinicalGenerator.CenterFraction(center, centers);
        return new ScannerProfile(
            center,
            SharpestPsfFwhmMm + (BlurriestPsfFwhmMm - SharpestPsfFwhmMm) * f,
            1.3 - 0.6 * f,
            LowestCtNoiseHu + (HighestCtNoiseHu - LowestCtNoiseHu) * f);
    }

    /// <summary>
    /// Counts per voxel per unit SUV for this patient at <paramref name="doseFactor"/>: proportional to the
    /// injected activity per kilogram (SUV normalises by weight) and to the square root of 75 kg / weight
    /// (more attenuation in larger patients).
    /// </summary>
    public double CountsPerSuv(ClinicalRecord clinical, double doseFactor)
    {
        double megabecquerelPerKg = clinical.InjectedActivityMBq / clinical.WeightKg;
        return ReferenceCountsPerSuv * PetSensitivity * doseFactor * (megabecquerelPerKg / 3.4) * Math.Sqrt(75.0 / clinical.WeightKg);
    }
}
