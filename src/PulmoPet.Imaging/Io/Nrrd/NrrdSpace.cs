namespace PulmoPet.Imaging.Io.Nrrd;

/// <summary>
/// NRRD anatomical spaces and the sign flips that bring their coordinates to LPS (NRRD0005 "space"). Only
/// the three 3D patient spaces are accepted: a scanner or generic space says nothing about the patient.
/// </summary>
internal static class NrrdSpace
{
    /// <summary>The diagonal of the flip to LPS, or null when the space name is not a 3D patient space.</summary>
    public static Vector3D? ToLpsSigns(string space) => space.Trim().ToLowerInvariant() switch
    {
        "left-posterior-superior" or "lps" => new Vector3D(1, 1, 1),
        "right-anterior-superior" or "ras" => new Vector3D(-1, -1, 1),
        "left-anterior-superior" or "las" => new Vector3D(1, -1, 1),
        _ => null,
    };

    public const string WrittenName = "left-posterior-superior";
}
