using PulmoPet.Pet.Delineation;
using PulmoPet.Pet.Lungs;

namespace PulmoPet.Pet.Lesions;

/// <summary>Settings of <see cref="LesionAnalyzer"/>; every default is a named constant.</summary>
public sealed record LesionAnalysisOptions
{
    /// <summary>The lung mask is dilated by this much (mm) so pleural-based lesions, and lesions whose blurred
    /// uptake peaks just outside the CT lung border, count.</summary>
    public const double DefaultSearchMarginMm = 6.0;

    /// <summary>A peak is a focus of its own when it rises at least this much (SUV) above the saddle to a higher peak.</summary>
    public const double DefaultMinimumProminenceSuv = 1.0;

    /// <summary>… and at least this fraction of its own SUVmax.</summary>
    public const double DefaultMinimumRelativeProminence = 0.25;

    /// <summary>A lesion must have at least this fraction of its delineated volume in the lung mask (not dilated).</summary>
    public const double DefaultMinimumFractionInLung = 0.3;

    /// <summary>
    /// Foci below the threshold but at least <see cref="ContrastSeedSuv"/> are lesions too when they stand out of
    /// the lung around them by <see cref="MinimumLocalContrast"/> (small or mildly avid nodules whose blurred
    /// SUVmax stays under the threshold). Off by default: on the synthetic cohort (48 patients, seed 11) a seed of
    /// SUV 1.5 finds every lesion of 10–20 mm but also 4.6 pulmonary-vessel foci per patient.
    /// </summary>
    public const double DefaultContrastSeedSuv = double.PositiveInfinity;

    /// <summary>SUVmax ÷ median SUV of the lung 15–25 mm around the peak that such a focus must reach (lung ≈ 0.5 SUV).</summary>
    public const double DefaultMinimumLocalContrast = 2.5;

    /// <summary>A peak below the threshold is a focus of its own when it rises this much (SUV) above the saddle: a faint nodule over lung.</summary>
    public const double DefaultLowPeakProminenceSuv = 0.5;

    public static LesionAnalysisOptions Default { get; } = new();

    public UptakeThreshold Threshold { get; init; } = UptakeThreshold.Default;

    /// <summary>When set, replaces <see cref="Threshold"/> by a multiple of the liver or blood-pool uptake measured in the image (needs the CT).</summary>
    public Reference.ReferenceThreshold? ReferenceThreshold { get; init; }

    public DelineationRule Delineation { get; init; } = DelineationRule.Relative(MtvThresholdDelineator.DefaultRelativeThreshold);

    public double SearchMarginMm { get; init; } = DefaultSearchMarginMm;

    /// <summary>Lowest SUVmax of a focus accepted by local contrast; at or above <see cref="Threshold"/> (the default) the contrast rule is off.</summary>
    public double ContrastSeedSuv { get; init; } = DefaultContrastSeedSuv;

    public double MinimumLocalContrast { get; init; } = DefaultMinimumLocalContrast;

    public double LowPeakProminenceSuv { get; init; } = DefaultLowPeakProminenceSuv;

    public double NeighbourhoodMarginMm { get; init; } = MtvThresholdDelineator.DefaultNeighbourhoodMarginMm;

    public double MinimumFractionInLung { get; init; } = DefaultMinimumFractionInLung;

    public double MinimumProminenceSuv { get; init; } = DefaultMinimumProminenceSuv;

    public double MinimumRelativeProminence { get; init; } = DefaultMinimumRelativeProminence;

    public LungSegmentationOptions LungSegmentation { get; init; } = LungSegmentationOptions.Default;

    /// <summary>Threads used; results are identical whatever the degree.</summary>
    public ParallelOptions? Parallel { get; init; }
}
