namespace PulmoPet.Phantom.Lesions;

/// <summary>
/// Class-specific distributions of lesion number, size, outline, uptake and location. Round figures from
/// the descriptions in the literature; they overlap between classes on purpose:
/// <list type="bullet">
/// <item>Primary lung cancer: usually solitary, 1.5–5 cm, lobulated or spiculated (Fleischner glossary,
/// Hansell et al. Radiology 2008), SUVmax typically 6–20 and rising with size, central necrosis in larger
/// tumours, about two thirds in the upper lobes.</item>
/// <item>Pulmonary lymphoma: multiple masses or consolidations along bronchovascular bundles, often
/// perihilar, with air bronchograms; very high and homogeneous FDG uptake (Cozzi et al., Radiol Med 2015;
/// Bae et al., Radiology 2008).</item>
/// <item>Benign granulomas and inflammatory nodules: smaller, smooth, low to moderate uptake (SUVmax ≈ 1.5–5),
/// central or popcorn calcification in a third.</item>
/// <item>Metastases: several small, round, well-defined nodules, peripheral (subpleural) and basal where
/// blood flow is highest, moderate uptake (SUVmax ≈ 3–8).</item>
/// </list>
/// </summary>
internal sealed record LesionClassProfile
{
    public required int MinCount { get; init; }

    public required int MaxCount { get; init; }

    /// <summary>Relative weights of counts MinCount..MaxCount.</summary>
    public required double[] CountWeights { get; init; }

    public required double MinDiameterMm { get; init; }

    public required double MaxDiameterMm { get; init; }

    public required double DiameterMedianMm { get; init; }

    public double DiameterSigmaLog { get; init; } = 0.35;

    public required double MinSuvMax { get; init; }

    public required double MaxSuvMax { get; init; }

    public required double SuvMaxMedian { get; init; }

    public double SuvMaxSigmaLog { get; init; } = 0.3;

    /// <summary>SUVmax ∝ (diameter / median)^exponent before clamping.</summary>
    public double SuvSizeExponent { get; init; } = 0.3;

    /// <summary>Weights of Round, Lobulated, Spiculated, Consolidation.</summary>
    public required double[] MorphologyWeights { get; init; }

    public double Elongation { get; init; } = 0.15;

    public double JuxtapleuralProbability { get; init; } = 0.2;

    public double CalcificationProbability { get; init; }

    public double NecrosisProbability { get; init; }

    public double NecrosisMinDiameterMm { get; init; } = 25;

    public int HotSpots { get; init; }

    public double BaseUptake { get; init; } = 0.8;

    public double CentralPeak { get; init; } = 0.2;

    public double UptakeTexture { get; init; } = 0.05;

    public LesionMorphology DrawMorphology(DeterministicRandom random) => (LesionMorphology)random.Choose(MorphologyWeights);

    public int DrawCount(DeterministicRandom random) => MinCount + random.Choose(CountWeights);

    public static LesionClassProfile For(LesionClass lesionClass) => lesionClass switch
    {
        LesionClass.PrimaryLungCancer => PrimaryLungCancer,
        LesionClass.Lymphoma => Lymphoma,
        LesionClass.Benign => Benign,
        LesionClass.Metastasis => Metastasis,
        _ => throw new ArgumentOutOfRangeException(nameof(lesionClass)),
    };

    public static readonly LesionClassProfile PrimaryLungCancer = new()
    {
        MinCount = 1,
        MaxCount = 2,
        CountWeights = [0.85, 0.15],
        MinDiameterMm = 15,
        MaxDiameterMm = 50,
        DiameterMedianMm = 28,
        MinSuvMax = 6,
        MaxSuvMax = 20,
        SuvMaxMedian = 10.5,
        SuvMaxSigmaLog = 0.32,
        SuvSizeExponent = 0.45,
        MorphologyWeights = [0, 0.4, 0.6, 0],
        Elongation = 0.18,
        JuxtapleuralProbability = 0.2,
        NecrosisProbability = 0.55,
        HotSpots = 3,
        BaseUptake = 0.55,
        CentralPeak = 0.15,
        UptakeTexture = 0.12,
    };

    public static readonly LesionClassProfile Lymphoma = new()
    {
        MinCount = 2,
        MaxCount = 5,
        CountWeights = [0.3, 0.3, 0.25, 0.15],
        MinDiameterMm = 12,
        MaxDiameterMm = 60,
        DiameterMedianMm = 28,
        DiameterSigmaLog = 0.4,
        MinSuvMax = 8,
        MaxSuvMax = 25,
        SuvMaxMedian = 13,
        SuvSizeExponent = 0.2,
        MorphologyWeights = [0.2, 0.3, 0, 0.5],
        Elongation = 0.12,
        JuxtapleuralProbability = 0.1,
        BaseUptake = 0.9,
        CentralPeak = 0.06,
        UptakeTexture = 0.03,
    };

    public static readonly LesionClassProfile Benign = new()
    {
        MinCount = 1,
        MaxCount = 3,
        CountWeights = [0.6, 0.3, 0.1],
        MinDiameterMm = 8,
        MaxDiameterMm = 30,
        DiameterMedianMm = 14,
        MinSuvMax = 1.5,
        MaxSuvMax = 5,
        SuvMaxMedian = 2.8,
        SuvSizeExponent = 0.2,
        MorphologyWeights = [0.8, 0.2, 0, 0],
        Elongation = 0.12,
        JuxtapleuralProbability = 0.2,
        CalcificationProbability = 0.35,
        BaseUptake = 0.75,
        CentralPeak = 0.25,
        UptakeTexture = 0.05,
    };

    public static readonly LesionClassProfile Metastasis = new()
    {
        MinCount = 3,
        MaxCount = 8,
        CountWeights = [0.2, 0.2, 0.18, 0.16, 0.14, 0.12],
        MinDiameterMm = 6,
        MaxDiameterMm = 20,
        DiameterMedianMm = 11,
        MinSuvMax = 3,
        MaxSuvMax = 8,
        SuvMaxMedian = 5,
        SuvMaxSigmaLog = 0.25,
        SuvSizeExponent = 0.35,
        MorphologyWeights = [0.9, 0.1, 0, 0],
        Elongation = 0.06,
        JuxtapleuralProbability = 0.3,
        BaseUptake = 0.7,
        CentralPeak = 0.3,
        UptakeTexture = 0.04,
    };
}
