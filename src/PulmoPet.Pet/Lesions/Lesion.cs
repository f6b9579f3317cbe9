using PulmoPet.Imaging;

namespace PulmoPet.Pet.Lesions;

/// <summary>
/// One delineated lesion and its PET measures. SUVs are in the PET's units (SUVbw unless told otherwise);
/// <see cref="SuvPeak"/> is PERCIST's 1 cm³ sphere placed to maximise its mean, <see cref="SuvPeakLocal"/>
/// IBSI's local intensity peak centred on the SUVmax voxel (see <see cref="Measures.SuvPeak"/>).
/// </summary>
public sealed record Lesion
{
    public required int LesionId { get; init; }

    public required double SuvMax { get; init; }

    public required double SuvMean { get; init; }

    public required double SuvPeak { get; init; }

    public required double SuvPeakLocal { get; init; }

    /// <summary>Metabolic tumour volume (ml): voxel count × voxel volume.</summary>
    public required double MetabolicTumorVolumeMl { get; init; }

    /// <summary>Total lesion glycolysis = SUVmean × MTV (ml).</summary>
    public double TotalLesionGlycolysis => SuvMean * MetabolicTumorVolumeMl;

    public required long VoxelCount { get; init; }

    /// <summary>Mean voxel-centre position (mm, LPS).</summary>
    public required Vector3D CentroidMm { get; init; }

    /// <summary>Centre of the SUVmax voxel (mm, LPS).</summary>
    public required Vector3D PeakMm { get; init; }

    public required double MaxDiameterMm { get; init; }

    /// <summary>"right", "left" or "none".</summary>
    public required string Side { get; init; }

    /// <summary>"upper", "middle" or "lower" third of the lung's cranio-caudal extent.</summary>
    public required string Zone { get; init; }

    /// <summary>"central" (inner third) or "peripheral".</summary>
    public required string CentralPeripheral { get; init; }

    /// <summary>RUL, RML, RLL, LUL, LLL or "none" when a lobe map was given (<see cref="Lobes.LobeLocator"/>); null otherwise.</summary>
    public string? Lobe { get; init; }

    /// <summary>The lesion's voxels as linear indices into the PET grid, ascending.</summary>
    public required int[] Voxels { get; init; }
}
