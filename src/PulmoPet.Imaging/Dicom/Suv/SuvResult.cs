namespace PulmoPet.Imaging.Dicom.Suv;

/// <summary>
/// An SUV conversion: multiply rescaled pixel values (Units of the series) by <see cref="BodyWeightFactor"/>
/// to get SUVbw (g/ml). Also the lean-body-mass (SUL, Janmahasatian) and body-surface-area factors
/// when height and sex allow them, and where every input came from.
/// </summary>
public sealed record SuvResult
{
    /// <summary>Units (0054,1001) of the rescaled values the factors apply to.</summary>
    public required string Units { get; init; }

    /// <summary>SUVbw factor, g/Bq for BQML (weight × 1000 / decayed dose); dimensionless for CNTS and GML.</summary>
    public required double BodyWeightFactor { get; init; }

    /// <summary>SUL factor (lean body mass × 1000 / decayed dose), g/Bq; null without height and sex, or when Units are not BQML.</summary>
    public double? LeanBodyMassFactor { get; init; }

    /// <summary>SUVbsa factor (body surface area / decayed dose), cm²/Bq; null without height, or when Units are not BQML.</summary>
    public double? BodySurfaceAreaFactor { get; init; }

    public double? LeanBodyMassKg { get; init; }

    public double? BodySurfaceAreaM2 { get; init; }

    public DateTime? ScanTime { get; init; }

    public DateTime? InjectionTime { get; init; }

    /// <summary>Scan time − injection time, s (0 for DecayCorrection ADMIN).</summary>
    public double? DecayTimeSeconds { get; init; }

    public double? DecayedDoseBq { get; init; }

    /// <summary>Each input as "Keyword (gggg,eeee) = value" or "option …", in the order they were used.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Doubtful but usable inputs, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Multiplies a volume of rescaled values by the SUVbw factor in place.</summary>
    public Volume<float> ApplyBodyWeight(Volume<float> volume) => ApplyFactor(volume, BodyWeightFactor);

    /// <summary>Multiplies a volume of rescaled values by an SUV factor (SUVbw, SUL or SUVbsa) in place.</summary>
    public static Volume<float> ApplyFactor(Volume<float> volume, double factor)
    {
        float f = (float)factor;
        var voxels = volume.AsSpan();
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] *= f;
        }

        return volume;
    }
}
