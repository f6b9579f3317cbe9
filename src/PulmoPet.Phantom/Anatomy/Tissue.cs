namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// The materials the phantom is painted with. CT numbers and activities per material are set per
/// patient by <see cref="Synthesis.TissueProperties"/>; a voxel holds up to two materials with a
/// fraction (partial volume).
/// </summary>
public enum Tissue : byte
{
    Air = 0,
    Fat,
    Muscle,
    Lung,
    Blood,
    Myocardium,
    Liver,
    Spleen,
    StomachWall,
    CorticalBone,
    CancellousBone,
    Cartilage,
    SpinalCanal,
    AirwayWall,
    Esophagus,
    /// <summary>Water-like fluid: gastric content (later: effusions).</summary>
    Fluid,
}

internal static class TissueInfo
{
    public const int Count = (int)Tissue.Fluid + 1;
}
