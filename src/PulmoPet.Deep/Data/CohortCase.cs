namespace PulmoPet.Deep.Data;

/// <summary>
/// One patient of a cohort on disk: PET (SUV) and CT (HU) images, optional lung labels (1 right, 2 left)
/// and lesion instance labels on any grid, optional class name and centre. Paths are absolute.
/// </summary>
public sealed record CohortCase(
    string CaseId,
    string PetPath,
    string CtPath,
    string? LungsPath = null,
    string? LesionsPath = null,
    string? ClassName = null,
    string? Center = null);
