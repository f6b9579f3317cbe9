namespace PulmoPet.Study.Workspace;

/// <summary>The files of one case in a workspace (docs/study.md, "Workspace").</summary>
public sealed record CaseFolder(string Directory, string CaseId)
{
    public const string PetFile = "pet.nii.gz";
    public const string CtFile = "ct.nii.gz";
    public const string MaskFile = "mask.nii.gz";
    public const string LungsFile = "lungs.nii.gz";
    public const string LesionsFile = "lesions.nii.gz";
    public const string LesionTableFile = "lesions.csv";
    public const string MipFile = "mip.png";
    public const string FeaturesFile = "features.csv";
    public const string ErrorFile = "error.csv";
    public const string StepsFolder = ".steps";

    public string File(string name) => Path.Combine(Directory, name);

    public string StepsDirectory => Path.Combine(Directory, StepsFolder);

    public string StepRecord(string step) => Path.Combine(StepsDirectory, step + ".json");

    public string ErrorPath => File(ErrorFile);
}
