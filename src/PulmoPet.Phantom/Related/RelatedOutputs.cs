using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Imaging.Processing;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Bone;
using PulmoPet.Phantom.Output;
using PulmoPet.Phantom.Perfusion;
using PulmoPet.Phantom.PetVariants;

namespace PulmoPet.Phantom.Related;

/// <summary>Opt-in per-patient outputs for the related tasks (perfusion, PET-only organs, bone lesions).</summary>
[Flags]
public enum RelatedOutput
{
    None = 0,
    /// <summary><c>perfusion.nii.gz</c>: SPECT-like relative perfusion on a 4 mm grid.</summary>
    Perfusion = 1,
    /// <summary><c>organs_pet.nii.gz</c>: the organ labels on the PET grid (nearest neighbour), the target of PET-only organ segmentation.</summary>
    Organs = 2,
    /// <summary><c>pet_drf_{1,10,20,50}.nii.gz</c> and <c>pet_nac.nii.gz</c>: dose-reduced and non-attenuation-corrected PET.</summary>
    PetVariants = 4,
    /// <summary><c>ct_bone.nii.gz</c>, <c>bone_lesions.nii.gz</c> and <c>bone_lesions.csv</c>: CT with bone metastases and their truth.</summary>
    Bone = 8,
}

/// <summary>Writes the related outputs of one patient next to its other files.</summary>
public static class RelatedOutputs
{
    public const string PerfusionFile = "perfusion.nii.gz";
    public const string OrgansPetFile = "organs_pet.nii.gz";
    public const string NonAttenuationCorrectedFile = "pet_nac.nii.gz";
    public const string BoneCtFile = "ct_bone.nii.gz";
    public const string BoneLesionsFile = "bone_lesions.nii.gz";
    public const string BoneLesionTable = "bone_lesions.csv";

    public static readonly string[] BoneLesionColumns =
        ["case_id", "lesion_id", "site", "pattern", "origin", "voxel_count", "volume_ml", "centroid_x_mm", "centroid_y_mm", "centroid_z_mm", "mean_hu"];

    /// <summary>The file of the PET at dose-reduction factor <paramref name="reductionFactor"/>.</summary>
    public static string DoseFile(int reductionFactor) => $"pet_drf_{reductionFactor.ToString(CultureInfo.InvariantCulture)}.nii.gz";

    /// <summary>Parses a comma-separated list: perfusion, organs, dose (or pet-variants), bone, all.</summary>
    public static RelatedOutput Parse(string? list)
    {
        var result = RelatedOutput.None;
        foreach (string item in (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= item.ToLowerInvariant() switch
            {
                "perfusion" => RelatedOutput.Perfusion,
                "organs" => RelatedOutput.Organs,
                "dose" or "pet-variants" or "nac" => RelatedOutput.PetVariants,
                "bone" => RelatedOutput.Bone,
                "all" => RelatedOutput.Perfusion | RelatedOutput.Organs | RelatedOutput.PetVariants | RelatedOutput.Bone,
                _ => throw new InvalidInputException($"Unknown related output '{item}'; use perfusion, organs, dose, bone or all."),
            };
        }

        return result;
    }

    /// <summary>Writes the selected outputs of <paramref name="patient"/> (of a cohort seeded <paramref name="cohortSeed"/>) into <paramref name="directory"/>.</summary>
    public static void Write(SyntheticPatient patient, string directory, long cohortSeed, RelatedOutput outputs, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ulong Seed(RelatedStream stream) => RelatedSeeds.For(cohortSeed, patient.PatientIndex, stream);
        if (outputs.HasFlag(RelatedOutput.Perfusion))
        {
            Save(PerfusionSynthesis.Synthesize(patient, Seed(RelatedStream.Perfusion), parallelOptions: parallelOptions), directory, PerfusionFile, $"{patient.CaseId} relative perfusion (SPECT-like)");
        }

        if (outputs.HasFlag(RelatedOutput.Organs))
        {
            Save(Resampler.Resample(patient.Organs, patient.Pet.Geometry, Interpolation.Nearest), directory, OrgansPetFile, $"{patient.CaseId} organs on the PET grid");
        }

        if (outputs.HasFlag(RelatedOutput.PetVariants))
        {
            foreach (int factor in PetVariantSynthesis.DoseReductionFactors)
            {
                ulong seed = SeedMixer.Mix(Seed(RelatedStream.PetDose), (ulong)factor);
                Save(PetVariantSynthesis.ReducedDose(patient, factor, seed, parallelOptions), directory, DoseFile(factor), $"{patient.CaseId} PET (SUVbw) at 1/{factor} dose");
            }

            Save(PetVariantSynthesis.NonAttenuationCorrected(patient, Seed(RelatedStream.PetNonAttenuationCorrected), parallelOptions), directory,
                NonAttenuationCorrectedFile, $"{patient.CaseId} PET without attenuation correction");
        }

        if (outputs.HasFlag(RelatedOutput.Bone))
        {
            BoneLesionImages bone = BoneLesionSynthesis.Synthesize(patient, Seed(RelatedStream.BoneLesions));
            Save(bone.Ct, directory, BoneCtFile, $"{patient.CaseId} CT (HU) with bone lesions");
            Save(bone.Labels, directory, BoneLesionsFile, $"{patient.CaseId} bone lesion instances");
            AtomicFile.WriteAllText(Path.Combine(directory, BoneLesionTable), BoneTable(bone.Truth));
        }
    }

    /// <summary>The bone lesion rows as CSV (<see cref="BoneLesionColumns"/>).</summary>
    public static string BoneTable(IEnumerable<BoneLesionTruth> lesions)
    {
        var table = new CsvTable(BoneLesionColumns);
        foreach (BoneLesionTruth l in lesions)
        {
            table.AppendRow([
                l.CaseId, CsvTable.Integer(l.LesionId), Naming.ToSnakeCase(l.Site.ToString()), Naming.ToSnakeCase(l.Pattern.ToString()),
                Naming.ToSnakeCase(l.Origin.ToString()), CsvTable.Integer(l.VoxelCount), CsvTable.Number(l.VolumeMl, 4),
                CsvTable.Number(l.CentroidMm.X, 2), CsvTable.Number(l.CentroidMm.Y, 2), CsvTable.Number(l.CentroidMm.Z, 2), CsvTable.Number(l.MeanHu, 1),
            ]);
        }

        return table.ToString();
    }

    private static void Save(Volume volume, string directory, string name, string description) =>
        ImageFile.Write(volume, Path.Combine(directory, name), new ImageWriteOptions { Description = "PulmoPet phantom " + description });
}
