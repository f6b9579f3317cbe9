using PulmoPet.Imaging;
using PulmoPet.Radiomics.Features;

namespace PulmoPet.Radiomics;

/// <summary>
/// Computes every IBSI feature family of one ROI with the given settings. Families run in parallel (up to
/// <see cref="RadiomicsSettings.MaxDegreeOfParallelism"/>), each one sequentially, and results are joined in a
/// fixed order, so the values do not depend on the thread count.
/// </summary>
public sealed class RadiomicsExtractor
{
    public RadiomicsExtractor(RadiomicsSettings settings)
    {
        Settings = settings;
    }

    public RadiomicsExtractor()
        : this(new RadiomicsSettings())
    {
    }

    public RadiomicsSettings Settings { get; }

    /// <summary>
    /// Features of the voxels where <paramref name="mask"/> equals <paramref name="label"/>, keyed by IBSI tag; with
    /// <see cref="RadiomicsSettings.Interpolation"/> the image and ROI are interpolated first, then re-segmented.
    /// </summary>
    /// <exception cref="GeometryMismatchException">The mask is not on the image grid.</exception>
    /// <exception cref="InvalidInputException">The ROI is empty.</exception>
    public FeatureVector Extract(Volume image, Volume mask, int label = 1)
    {
        if (Settings.Interpolation is { } interpolation)
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Settings.MaxDegreeOfParallelism) };
            (image, mask) = interpolation.Apply(image, mask, label, options);
            label = 1;
        }

        var roi = RegionOfInterest.Create(image, mask, label, Settings.Resegmentation, Settings.OutlierFilteringSigma);
        return Extract(roi);
    }

    public FeatureVector Extract(RegionOfInterest roi)
    {
        var settings = Settings;
        var levels = GrayLevelVolume.Create(roi, settings.Discretisation);

        Func<FeatureVector>[] families =
        [
            () => MorphologyFeatures.Compute(roi, settings),
            () => LocalIntensity.Compute(roi),
            () => IntensityStatistics.Compute(roi),
            () => IntensityHistogram.Compute(levels),
            () => IntensityVolumeHistogram.Compute(roi, settings.IvhDiscretisation),
            () => GrayLevelCooccurrence.Compute(levels, settings),
            () => GrayLevelRunLength.Compute(levels, settings),
            () => GrayLevelSizeZone.Compute(levels, settings),
            () => GrayLevelDistanceZone.Compute(levels, settings),
            () => NeighbourhoodGrayToneDifference.Compute(levels, settings),
            () => NeighbouringGrayLevelDependence.Compute(levels, settings),
        ];

        var results = new FeatureVector[families.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxDegreeOfParallelism) };
        Parallel.For(0, families.Length, options, k => results[k] = families[k]());
        var all = new FeatureVector();
        foreach (var r in results) all.AddRange(r);
        return all;
    }
}
