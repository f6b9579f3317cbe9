using PulmoPet.Deep.Data;
using PulmoPet.Deep.Related;
using PulmoPet.Imaging;
using PulmoPet.Phantom.Related;

namespace PulmoPet.Deep.Perfusion;

/// <summary>Perfusion cases of a cohort folder written with <c>pulmopet phantom --with perfusion</c>.</summary>
public static class PerfusionCohort
{
    public static IReadOnlyList<PerfusionCase> Load(string directory, PetCtNormalization? normalization = null)
    {
        var folder = CohortFolder.Open(directory, "ct.nii.gz", "lungs.nii.gz", "lobes.nii.gz", RelatedOutputs.PerfusionFile);
        return folder.CaseIds.Select(id => PerfusionData.Build(id,
            folder.ReadAny(id, "ct.nii.gz"),
            folder.Read<byte>(id, "lungs.nii.gz"),
            normalization ?? PetCtNormalization.Default,
            folder.Read<float>(id, RelatedOutputs.PerfusionFile),
            folder.Read<byte>(id, "lobes.nii.gz"))).ToList();
    }
}
