namespace PulmoPet.Study.Workspace;

/// <summary>
/// One row of a study manifest: the case id, its PET and optional CT (DICOM folders or image files, absolute paths),
/// an optional lung mask (0 background, 1 right, 2 left, used instead of segmenting the CT) and RT structure set, and
/// the remaining (clinical, label, follow-up) columns in manifest order.
/// </summary>
public sealed record StudyCase(string CaseId, string Pet, string? Ct, string? Mask, string? RtStruct, IReadOnlyList<KeyValuePair<string, string>> Clinical)
{
    /// <summary>The input paths with the role each plays (pet, ct, mask, rtstruct).</summary>
    public IEnumerable<(string Role, string Path)> Inputs()
    {
        yield return ("pet", Pet);
        if (Ct is not null) yield return ("ct", Ct);
        if (Mask is not null) yield return ("mask", Mask);
        if (RtStruct is not null) yield return ("rtstruct", RtStruct);
    }
}
