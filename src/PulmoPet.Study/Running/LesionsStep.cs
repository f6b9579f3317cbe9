using System.Globalization;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Reporting;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Running;

/// <summary>
/// <c>lesions</c>: <see cref="LesionAnalyzer"/> on <c>pet.nii.gz</c> within <c>lungs.nii.gz</c> (the rules of
/// <c>pulmopet lesions</c>, src/PulmoPet.Pet/README.md): <c>lesions.nii.gz</c> (instance labels = lesion_id on the PET
/// grid), <c>lesions.csv</c> (DESIGN.md's lesion columns) and the coronal MIP <c>mip.png</c> the report shows.
/// </summary>
public sealed class LesionsStep(LesionAnalysisOptions? options = null) : StudyStep
{
    public LesionAnalysisOptions Options { get; } = options ?? LesionAnalysisOptions.Default;

    public override string Name => "lesions";

    public override string Version => "1";

    public override string Settings => ContentHash.OfText(string.Create(CultureInfo.InvariantCulture,
        $"{Options.Threshold.Suv:R}|{Options.Delineation.Name}|{Options.SearchMarginMm:R}|{Options.NeighbourhoodMarginMm:R}|{Options.MinimumFractionInLung:R}|{Options.MinimumProminenceSuv:R}|{Options.MinimumRelativeProminence:R}"));

    public override IReadOnlyList<(string Role, string Path)> Inputs(StepContext context) =>
    [
        (CaseFolder.PetFile, context.Folder.File(CaseFolder.PetFile)),
        (CaseFolder.LungsFile, context.Folder.File(CaseFolder.LungsFile)),
    ];

    public override IReadOnlyList<string> Outputs(StepContext context) =>
        [CaseFolder.LesionsFile, CaseFolder.LesionTableFile, CaseFolder.MipFile];

    public override void Run(StepContext context)
    {
        var pet = context.Read<float>(CaseFolder.PetFile, "convert");
        var lungs = context.Read<byte>(CaseFolder.LungsFile, "lungs");
        var inventory = LesionAnalyzer.Analyze(pet, null, lungs, Options with { Parallel = context.Parallel });
        context.WriteImage(inventory.Labels, CaseFolder.LesionsFile, "PulmoPet lung lesions (instance labels)");
        context.WriteText(CaseFolder.LesionTableFile, LesionTable.Format(context.Case.CaseId, inventory));
        context.WriteBytes(CaseFolder.MipFile, stream => MipRenderer.WritePng(stream, pet, inventory));
    }
}
