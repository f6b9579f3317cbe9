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

    /// <summary>The liver or blood-pool reference the threshold was measured from; null for a fixed threshold.</summary>
    public Reference.ReferenceUptake? ReferenceUptake { get; init; }

    public required DelineationRule Delineation { get; init; }

    /// <summary>The scheme of the lobe map the lesions' lobes come from; null when no lobe map was given.</summary>
    public Lobes.LobeLabelScheme? LobeScheme { get; init; }

    public int LesionCount => Lesions.Count;

    public double TotalMetabolicTumorVolumeMl => Lesions.Sum(l => l.MetabolicTumorVolumeMl);

    public double TotalLesionGlycolysis => Lesions.Sum(l => l.TotalLesionGlycolysis);
}
