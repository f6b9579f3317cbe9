namespace PulmoPet.Imaging.Dicom.Suv;

/// <summary>Values that replace the header's when it is missing or known wrong (e.g. from the injection log).</summary>
public sealed record SuvOptions
{
    public static readonly SuvOptions Default = new();

    /// <summary>Replaces PatientWeight (0010,1030), kg.</summary>
    public double? PatientWeightKg { get; init; }

    /// <summary>Replaces PatientSize (0010,1020), m (needed for SUL and SUVbsa).</summary>
    public double? PatientHeightM { get; init; }

    /// <summary>Replaces PatientSex (0010,0040): "M" or "F" (needed for SUL).</summary>
    public string? PatientSex { get; init; }

    /// <summary>Replaces RadionuclideTotalDose (0018,1074), Bq.</summary>
    public double? InjectedDoseBq { get; init; }

    /// <summary>Replaces RadiopharmaceuticalStartDateTime (0018,1078) / StartTime (0018,1072).</summary>
    public DateTime? InjectionTime { get; init; }

    /// <summary>Replaces the scan (decay-correction reference) time chosen by the QIBA rule.</summary>
    public DateTime? ScanTime { get; init; }
}
