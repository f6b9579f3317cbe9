namespace PulmoPet.Web.Workspace;

/// <summary>
/// The images of a case the viewer may read (workspace-layout.md): PET in SUV, CT in HU and the lesion
/// instance labels. Nothing else of a case folder is ever served.
/// </summary>
public enum CaseVolume
{
    Pet,
    Ct,
    Lesions,
}

/// <summary>File names of the workspace contract, and the names the viewer gives the (de-identified) volumes.</summary>
public static class CaseFiles
{
    public const string CasesFolder = "cases";
    public const string LesionTable = "lesions.csv";

    /// <summary>The stored file in <c>cases/&lt;case_id&gt;/</c>.</summary>
    public static string FileName(CaseVolume volume) => volume switch
    {
        CaseVolume.Pet => "pet.nii.gz",
        CaseVolume.Ct => "ct.nii.gz",
        CaseVolume.Lesions => "lesions.nii.gz",
        _ => throw new ArgumentOutOfRangeException(nameof(volume)),
    };

    /// <summary>The last URL segment the viewer requests: the volume served uncompressed with a scrubbed header.</summary>
    public static string ServedName(CaseVolume volume) => volume switch
    {
        CaseVolume.Pet => "pet.nii",
        CaseVolume.Ct => "ct.nii",
        CaseVolume.Lesions => "lesions.nii",
        _ => throw new ArgumentOutOfRangeException(nameof(volume)),
    };

    /// <summary>The volume a served name stands for, or null when the name is not on the whitelist.</summary>
    public static CaseVolume? FromServedName(string name) => name switch
    {
        "pet.nii" => CaseVolume.Pet,
        "ct.nii" => CaseVolume.Ct,
        "lesions.nii" => CaseVolume.Lesions,
        _ => null,
    };
}
