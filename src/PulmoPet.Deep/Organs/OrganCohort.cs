using PulmoPet.Deep.Data;
using PulmoPet.Deep.Related;
using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.PetVariants;
using PulmoPet.Phantom.Related;

namespace PulmoPet.Deep.Organs;

/// <summary>One PET variant of a case: its condition name ("drf_1" … "drf_50", "nac"), the PET, and the organ labels on the PET grid.</summary>
public sealed record OrganVariant(string CaseId, string Condition, Volume<float> Pet, Volume<byte> Organs);

/// <summary>PET variants and organ labels of a cohort folder written with <c>pulmopet phantom --with organs,dose</c>.</summary>
public static class OrganCohort
{
    /// <summary>The acquisition conditions: full dose, 1/10, 1/20 and 1/50 of it, and full dose without attenuation correction.</summary>
    public static IReadOnlyList<string> Conditions { get; } =
        PetVariantSynthesis.DoseReductionFactors.Select(f => FormattableString.Invariant($"drf_{f}")).Append("nac").ToList();

    /// <summary>Organ class names in label order (class 0 background), as in <c>labels.json</c>.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = LabelTables.Organs.Select(l => l.Name).ToList();

    public static string FileOf(string condition) => condition == "nac" ? RelatedOutputs.NonAttenuationCorrectedFile : $"pet_{condition}.nii.gz";

    /// <summary>Per case, the variants of <paramref name="conditions"/> (all by default).</summary>
    public static IReadOnlyList<IReadOnlyList<OrganVariant>> Load(string directory, IReadOnlyList<string>? conditions = null)
    {
        conditions ??= Conditions;
        foreach (string condition in conditions)
        {
            if (!Conditions.Contains(condition))
            {
                throw new InvalidInputException($"Unknown PET condition '{condition}'; use {string.Join(", ", Conditions)}.");
            }
        }

        var folder = CohortFolder.Open(directory, conditions.Select(FileOf).Append(RelatedOutputs.OrgansPetFile).ToArray());
        return folder.CaseIds.Select(id =>
        {
            var organs = folder.Read<byte>(id, RelatedOutputs.OrgansPetFile);
            return (IReadOnlyList<OrganVariant>)conditions.Select(c => new OrganVariant(id, c, folder.Read<float>(id, FileOf(c)), organs)).ToList();
        }).ToList();
    }

    public static SegmentationCase ToCase(OrganVariant variant, PetCtNormalization normalization) =>
        OrganData.Build($"{variant.CaseId}/{variant.Condition}", variant.Pet, normalization, variant.Organs).Case;
}
