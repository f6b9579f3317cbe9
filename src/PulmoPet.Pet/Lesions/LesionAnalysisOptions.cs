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

    public static LesionAnalysisOptions Default { get; } = new();

    public UptakeThreshold Threshold { get; init; } = UptakeThreshold.Default;

    /// <summary>When set, replaces <see cref="Threshold"/> by a multiple of the liver or blood-pool uptake measured in the image (needs the CT).</summary>
    public Reference.ReferenceThreshold? ReferenceThreshold { get; init; }

    public DelineationRule Delineation { get; init; } = DelineationRule.Relative(MtvThresholdDelineator.DefaultRelativeThreshold);

    public double SearchMarginMm { get; init; } = DefaultSearchMarginMm;

    public double NeighbourhoodMarginMm { get; init; } = MtvThresholdDelineator.DefaultNeighbourhoodMarginMm;

    public double MinimumFractionInLung { get; init; } = DefaultMinimumFractionInLung;

    public double MinimumProminenceSuv { get; init; } = DefaultMinimumProminenceSuv;

    public double MinimumRelativeProminence { get; init; } = DefaultMinimumRelativeProminence;

    public LungSegmentationOptions LungSegmentation { get; init; } = LungSegmentationOptions.Default;

    /// <summary>Threads used; results are identical whatever the degree.</summary>
    public ParallelOptions? Parallel { get; init; }
}
