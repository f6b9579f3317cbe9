namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>
/// The tracer and timing of a static PET acquisition, as the PET Series (PS3.3 C.8.9.1) and PET Isotope
/// (C.8.9.2) modules record them. Images are decay-corrected to <see cref="SeriesDateTime"/> (DecayCorrection START).
/// </summary>
public sealed record PetAcquisition
{
    /// <summary>
    /// F-18 half-life written in RadionuclideHalfLife (0018,1075): 6588 s, the value GE scanners write and the QIBA
    /// FDG-PET/CT digital reference object uses (the nuclear-data value is 109.77 min = 6586.2 s, which Siemens writes;
    /// the 0.03 % difference changes SUV by 0.01 % at 60 min uptake). SUV readers take the written value, so the
    /// choice only has to be consistent, which it is by construction.
    /// </summary>
    public const double Fluorine18HalfLifeSeconds = 6588;

    /// <summary>RadionuclideTotalDose (0018,1074): activity at injection, Bq.</summary>
    public required double InjectedDoseBq { get; init; }

    /// <summary>RadiopharmaceuticalStartDateTime (0018,1078): injection.</summary>
    public required DateTime InjectionDateTime { get; init; }

    /// <summary>SeriesDate/Time (0008,0021/0031) and AcquisitionDate/Time: start of the acquisition, the decay-correction reference.</summary>
    public required DateTime SeriesDateTime { get; init; }

    public double HalfLifeSeconds { get; init; } = Fluorine18HalfLifeSeconds;

    /// <summary>ActualFrameDuration (0018,1242) of each image, s (one bed position).</summary>
    public double FrameDurationSeconds { get; init; } = 120;

    /// <summary>Radiopharmaceutical (0018,0031).</summary>
    public string Radiopharmaceutical { get; init; } = "Fludeoxyglucose F^18^";

    internal void Validate()
    {
        if (!(InjectedDoseBq > 0) || !double.IsFinite(InjectedDoseBq))
        {
            throw new InvalidInputException(FormattableString.Invariant($"The injected dose must be a positive number of Bq, not {InjectedDoseBq}."));
        }

        if (!(HalfLifeSeconds > 0) || !double.IsFinite(HalfLifeSeconds))
        {
            throw new InvalidInputException(FormattableString.Invariant($"The half-life must be a positive number of seconds, not {HalfLifeSeconds}."));
        }

        if (!(FrameDurationSeconds > 0) || FrameDurationSeconds > int.MaxValue / 1000.0)
        {
            throw new InvalidInputException(FormattableString.Invariant($"The frame duration must be a positive number of seconds, not {FrameDurationSeconds}."));
        }

        if (InjectionDateTime > SeriesDateTime)
        {
            throw new InvalidInputException($"The injection ({InjectionDateTime:O}) is after the start of the PET series ({SeriesDateTime:O}).");
        }
    }
}
