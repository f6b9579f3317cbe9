namespace PulmoPet.Pet.Lungs;

/// <summary>Settings of <see cref="LungSegmenter"/>; every default is a named constant.</summary>
public sealed record LungSegmentationOptions
{
    /// <summary>Voxels below this (HU) are air or aerated lung: parenchyma is about −850 HU, dependent (gravity-dense) lung −600 to −400, soft tissue above −100.</summary>
    public const double DefaultAirThresholdHu = -325;

    /// <summary>Air touching the image border is outside the patient when its mean is below this (HU): room air is −1000 HU, lung −850.</summary>
    public const double DefaultOutsideAirHu = -950;

    /// <summary>Upper bound (HU) of dense but aerated lung (dependent atelectasis, ground glass) joined to the lungs when thick.</summary>
    public const double DefaultDenseLungHu = -200;

    /// <summary>Radius (mm) of the opening that keeps only thick dense-lung regions, not partial-volume rims.</summary>
    public const double DefaultDenseLungOpeningMm = 3.0;

    /// <summary>The grid spacing (mm) the segmentation works on; finer CTs are averaged in blocks down to it.</summary>
    public const double DefaultWorkingSpacingMm = 2.0;

    /// <summary>Radius (mm) of the ball closing each lung, so vessels and juxtapleural lesions stay inside.</summary>
    public const double DefaultClosingRadiusMm = 4.0;

    /// <summary>Radius (mm) of the wider closing whose additions away from the mediastinum are kept (juxtapleural tumours).</summary>
    public const double DefaultPleuralClosingRadiusMm = 20.0;

    /// <summary>Largest hole (mm²) filled in a coronal or sagittal plane: vessel and bronchus cross-sections, not the aorta.</summary>
    public const double DefaultMaximumPlanarHoleAreaMm2 = 500.0;

    /// <summary>Gaussian σ (mm) that smooths the lung border before it is brought back to the CT grid.</summary>
    public const double DefaultBorderSmoothingSigmaMm = 1.0;

    /// <summary>An air region counts as lung when it holds at least this fraction of the largest one.</summary>
    public const double DefaultMinimumLungFraction = 0.2;

    /// <summary>Largest cross-section (mm²) of a trachea or main bronchus tracked from the top down.</summary>
    public const double DefaultMaximumAirwayAreaMm2 = 800;

    /// <summary>A trachea seed lies within this distance (mm, left–right) of the body's midline.</summary>
    public const double DefaultAirwaySeedMidlineMm = 25;

    public static LungSegmentationOptions Default { get; } = new();

    public double AirThresholdHu { get; init; } = DefaultAirThresholdHu;

    public double OutsideAirHu { get; init; } = DefaultOutsideAirHu;

    public double DenseLungHu { get; init; } = DefaultDenseLungHu;

    public double DenseLungOpeningMm { get; init; } = DefaultDenseLungOpeningMm;

    public double WorkingSpacingMm { get; init; } = DefaultWorkingSpacingMm;

    public double ClosingRadiusMm { get; init; } = DefaultClosingRadiusMm;

    public double PleuralClosingRadiusMm { get; init; } = DefaultPleuralClosingRadiusMm;

    public double MaximumPlanarHoleAreaMm2 { get; init; } = DefaultMaximumPlanarHoleAreaMm2;

    public double BorderSmoothingSigmaMm { get; init; } = DefaultBorderSmoothingSigmaMm;

    public double MinimumLungFraction { get; init; } = DefaultMinimumLungFraction;

    public double MaximumAirwayAreaMm2 { get; init; } = DefaultMaximumAirwayAreaMm2;

    public double AirwaySeedMidlineMm { get; init; } = DefaultAirwaySeedMidlineMm;

    /// <summary>Threads used; results are identical whatever the degree.</summary>
    public ParallelOptions? Parallel { get; init; }
}
