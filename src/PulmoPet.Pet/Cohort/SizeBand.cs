namespace PulmoPet.Pet.Cohort;

/// <summary>A band of truth-lesion sizes by volume-equivalent diameter (mm), lower bound inclusive.</summary>
public sealed record SizeBand(string Name, double MinimumDiameterMm, double MaximumDiameterMm)
{
    public static IReadOnlyList<SizeBand> Default { get; } =
    [
        new("<10 mm", 0, 10),
        new("10-20 mm", 10, 20),
        new("20-30 mm", 20, 30),
        new(">=30 mm", 30, double.PositiveInfinity),
    ];

    public bool Contains(double diameterMm) => diameterMm >= MinimumDiameterMm && diameterMm < MaximumDiameterMm;
}
