namespace PulmoPet.Phantom.Clinical;

public enum Sex
{
    Female,
    Male,
}

public enum SmokingStatus
{
    Never,
    Former,
    Current,
}

/// <summary>One row of <c>clinical.csv</c>: demographics, glycaemia, smoking and the acquisition of a synthetic patient.</summary>
public sealed record ClinicalRecord
{
    public required string CaseId { get; init; }

    public required int PatientIndex { get; init; }

    public required LesionClass LesionClass { get; init; }

    /// <summary>Centre 1..K; it sets the scanner (<see cref="Synthesis.ScannerProfile"/>).</summary>
    public required int Center { get; init; }

    public required int AgeYears { get; init; }

    public required Sex Sex { get; init; }

    public required double HeightCm { get; init; }

    public required double WeightKg { get; init; }

    public double BodyMassIndex => WeightKg / (HeightCm / 100 * (HeightCm / 100));

    /// <summary>Blood glucose before injection, mmol/L.</summary>
    public required double GlucoseMmolPerL { get; init; }

    public required SmokingStatus Smoking { get; init; }

    /// <summary>Pack-years (0 for never smokers).</summary>
    public required double PackYears { get; init; }

    public required double InjectedActivityMBq { get; init; }

    /// <summary>Time from injection to the start of the PET acquisition, minutes.</summary>
    public required double UptakeTimeMinutes { get; init; }
}
