using PulmoPet.Imaging;
using PulmoPet.Pet.Delineation;

namespace PulmoPet.Pet.Lesions;

/// <summary>
/// Every lung lesion of one PET, ordered by SUVmax (highest first, ids 1…n), with their instance label map
/// on the PET grid (0 background, lesion id elsewhere) and the lung masks used.
/// </summary>
public sealed record LesionInventory
{
    public required IReadOnlyList<Lesion> Lesions { get; init; }

    /// <summary>Instance labels on the PET grid.</summary>
    public required Volume<ushort> Labels { get; init; }

    /// <summary>The lung labels (1 right, 2 left) on the PET grid.</summary>
    public required Volume<byte> LungsOnPet { get; init; }

    /// <summary>The lung labels on their own grid: the CT's when segmented here, else the mask given.</summary>
    public required Volume<byte> Lungs { get; init; }

    public required UptakeThreshold Threshold { get; init; }

    public required DelineationRule Delineation { get; init; }

    public int LesionCount => Lesions.Count;

    public double TotalMetabolicTumorVolumeMl => Lesions.Sum(l => l.MetabolicTumorVolumeMl);

    public double TotalLesionGlycolysis => Lesions.Sum(l => l.TotalLesionGlycolysis);
}
