namespace PulmoPet.Imaging.Dicom.Suv;

/// <summary>Which standardised uptake value a PET volume is converted to.</summary>
public enum SuvNormalization
{
    /// <summary>Keep the rescaled values (Bq/ml for Units BQML).</summary>
    None,

    /// <summary>SUVbw: body weight (QIBA vendor-neutral).</summary>
    BodyWeight,

    /// <summary>SUL: lean body mass by Janmahasatian (needs height and sex).</summary>
    LeanBodyMass,

    /// <summary>SUVbsa: body surface area by Du Bois (needs height).</summary>
    BodySurfaceArea,
}

public static class SuvNormalizations
{
    /// <summary>Parses the command-line names bw, lbm, bsa and none.</summary>
    public static SuvNormalization Parse(string name) => name.ToLowerInvariant() switch
    {
        "bw" or "suvbw" => SuvNormalization.BodyWeight,
        "lbm" or "sul" => SuvNormalization.LeanBodyMass,
        "bsa" => SuvNormalization.BodySurfaceArea,
        "none" => SuvNormalization.None,
        _ => throw new InvalidInputException($"--suv {name} is not an SUV normalisation; use bw, lbm, bsa or none."),
    };

    /// <summary>The factor that turns rescaled values into this SUV, or a sentence saying which tag is missing.</summary>
    public static double Factor(this SuvResult suv, SuvNormalization normalization) => normalization switch
    {
        SuvNormalization.None => 1.0,
        SuvNormalization.BodyWeight => suv.BodyWeightFactor,
        SuvNormalization.LeanBodyMass => suv.LeanBodyMassFactor ?? throw new InvalidInputException(
            "SUL needs the patient's height (0010,1020) and sex (0010,0040); give --height and --sex."),
        SuvNormalization.BodySurfaceArea => suv.BodySurfaceAreaFactor ?? throw new InvalidInputException(
            "SUVbsa needs the patient's height (0010,1020); give --height."),
        _ => throw new ArgumentOutOfRangeException(nameof(normalization)),
    };
}
