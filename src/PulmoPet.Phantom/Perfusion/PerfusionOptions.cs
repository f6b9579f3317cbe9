namespace PulmoPet.Phantom.Perfusion;

/// <summary>
/// Settings of the synthetic lung perfusion map. Each factor multiplies the relative perfusion of a lung
/// voxel; a component is switched off by setting its strength to zero (its gain, SD or fraction).
/// </summary>
public sealed record PerfusionOptions
{
    /// <summary>Relative rise of perfusion from the most anterior to the most posterior lung (supine: gravity-dependent lung is better perfused, West zones).</summary>
    public double GravityGain { get; init; } = 0.8;

    /// <summary>SD of the log of each lobe's perfusion factor (smooth lobe-level variation).</summary>
    public double LobeLogSd { get; init; } = 0.18;

    /// <summary>SD of the log of a smooth random field not visible on CT (the part CT cannot predict).</summary>
    public double ResidualLogSd { get; init; } = 0.2;

    /// <summary>Cell size of that random field, mm (sub-lobar, segment-like scale).</summary>
    public double ResidualCellMm { get; init; } = 45;

    /// <summary>Fraction of the lung, by smoothed CT density from the lowest, treated as emphysema-like (hypoperfused).</summary>
    public double EmphysemaFraction { get; init; } = 0.12;

    /// <summary>Perfusion left in emphysema-like lung (destroyed capillary bed).</summary>
    public double EmphysemaFactor { get; init; } = 0.35;

    /// <summary>Smoothing of the CT density that defines emphysema-like regions, mm (Gaussian σ).</summary>
    public double DensitySmoothingMm { get; init; } = 5;

    /// <summary>Perfusion left in the lung distal to a tumour (vessel encasement); 1 disables the defects.</summary>
    public double TumourDefectFactor { get; init; } = 0.3;

    /// <summary>Half-angle of the defect cone behind a tumour, seen from the hilum, degrees.</summary>
    public double DefectHalfAngleDegrees { get; init; } = 30;

    /// <summary>Length of the defect cone beyond the tumour, mm.</summary>
    public double DefectLengthMm { get; init; } = 80;

    /// <summary>Resolution of the SPECT-like image (FWHM of the Gaussian blur), mm; about 12–15 mm for perfusion SPECT with collimator.</summary>
    public double SpectFwhmMm { get; init; } = 12;

    /// <summary>Voxel size of the perfusion image, mm (about 4 mm, like SPECT).</summary>
    public double SpacingMm { get; init; } = 4;

    /// <summary>Relative SD of the per-voxel noise of the SPECT-like image at mean perfusion.</summary>
    public double NoiseRelativeSd { get; init; } = 0.05;

    public static PerfusionOptions Default { get; } = new();
}
