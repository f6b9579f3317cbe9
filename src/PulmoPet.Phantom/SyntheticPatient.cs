using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Clinical;
using PulmoPet.Phantom.Lesions;
using PulmoPet.Phantom.Synthesis;

namespace PulmoPet.Phantom;

/// <summary>
/// One synthetic patient in memory: the PET/CT pair, ground-truth label maps on the CT grid, the noiseless
/// activity, and the clinical and lesion truth rows. All geometry is LPS world (scanner) coordinates.
/// </summary>
public sealed class SyntheticPatient
{
    public required string CaseId { get; init; }

    public required int PatientIndex { get; init; }

    public required ClinicalRecord Clinical { get; init; }

    public LesionClass LesionClass => Clinical.LesionClass;

    public required ScannerProfile Scanner { get; init; }

    public required double DoseFactor { get; init; }

    /// <summary>Counts per voxel per unit SUV of this acquisition (noise variance = SUV / this).</summary>
    public required double CountsPerSuv { get; init; }

    /// <summary>CT in HU.</summary>
    public required Volume<short> Ct { get; init; }

    /// <summary>PET in SUV (body weight) on the PET grid, with noise.</summary>
    public required Volume<float> Pet { get; init; }

    /// <summary>PET without noise (after PSF and sampling) on the PET grid.</summary>
    public required Volume<float> PetNoiseless { get; init; }

    /// <summary>The true activity (SUV) on the CT grid, before PSF and noise.</summary>
    public required Volume<float> Activity { get; init; }

    /// <summary>The activity after PSF (and PET-voxel averaging) on the CT grid, without noise.</summary>
    public required Volume<float> BlurredActivity { get; init; }

    /// <summary>Lesion instance labels 1..n on the CT grid (0 background).</summary>
    public required Volume<byte> Lesions { get; init; }

    /// <summary>Lung region, 1 right, 2 left (lungmask convention), including intrapulmonary vessels, airways and lesions.</summary>
    public required Volume<byte> Lungs { get; init; }

    /// <summary>Lobes of the lung region (<see cref="Lobe"/> codes: 1 RUL, 2 RML, 3 RLL, 4 LUL, 5 LLL).</summary>
    public required Volume<byte> Lobes { get; init; }

    /// <summary>Organ labels (<see cref="OrganLabel"/>).</summary>
    public required Volume<byte> Organs { get; init; }

    public required IReadOnlyList<LesionTruth> LesionTruth { get; init; }

    /// <summary>Reference uptake of this patient's normal tissue (noiseless activity).</summary>
    public required TissueProperties Tissue { get; init; }

    /// <summary>The offset from the phantom's body frame (x = 0 midline, z = 0 carina) to world coordinates.</summary>
    public required Vector3D BodyToWorld { get; init; }

    /// <summary>Wall-clock time spent generating this patient (not written to any file).</summary>
    public TimeSpan GenerationTime { get; internal set; }
}
