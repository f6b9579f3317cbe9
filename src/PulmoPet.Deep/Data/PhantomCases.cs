using PulmoPet.Phantom;

namespace PulmoPet.Deep.Data;

/// <summary>
/// Training data generated in memory from the synthetic phantom: lung-cropped PET+CT lesion-segmentation
/// cases, axial CT slices with lung labels, and lesion-centred crops labelled with the patient's class.
/// </summary>
public static class PhantomCases
{
    /// <summary>The case of one synthetic patient: CT and lesions brought to the PET grid, cropped to the lungs.</summary>
    public static SegmentationCase FromPatient(SyntheticPatient patient, PetCtNormalization? normalization = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return PetCtCaseBuilder.Build(patient.CaseId, patient.Pet, patient.Ct, normalization ?? PetCtNormalization.Default,
            patient.Lesions, patient.Lungs).Case;
    }

    /// <summary>Cases for patients 0 … count−1 of a cohort.</summary>
    public static IReadOnlyList<SegmentationCase> Generate(CohortOptions options, int count, PetCtNormalization? normalization = null)
    {
        var generator = new PatientGenerator(options);
        return Enumerable.Range(0, count).Select(i => FromPatient(generator.Generate(i), normalization)).ToList();
    }

    /// <summary>Every axial CT slice of one patient with its lung labels (1 right, 2 left), on the CT grid.</summary>
    public static SliceCase LungSlicesOf(SyntheticPatient patient, PetCtNormalization? normalization = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return SliceCase.FromVolumes(patient.CaseId, patient.Ct, patient.Lungs, normalization ?? PetCtNormalization.Default);
    }

    /// <summary>Lung slices of patients 0 … count−1 of a cohort.</summary>
    public static IReadOnlyList<SliceCase> GenerateLungSlices(CohortOptions options, int count, PetCtNormalization? normalization = null)
    {
        var generator = new PatientGenerator(options);
        return Enumerable.Range(0, count).Select(i => LungSlicesOf(generator.Generate(i), normalization)).ToList();
    }

    /// <summary>
    /// One crop per lesion of a patient, labelled with the index of the patient's class in
    /// <see cref="LesionClasses.All"/> (the phantom gives all lesions of a patient one class).
    /// </summary>
    public static IReadOnlyList<LesionCrop> LesionCropsOf(SyntheticPatient patient, int size = LesionCropExtractor.DefaultSize, PetCtNormalization? normalization = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        int classIndex = LesionClasses.All.ToList().IndexOf(patient.LesionClass);
        return LesionCropExtractor.Extract(patient.CaseId, patient.Pet, patient.Ct, patient.Lesions,
            normalization ?? PetCtNormalization.Default, classIndex, size);
    }

    /// <summary>Lesion crops of patients 0 … count−1 of a cohort, one list per patient.</summary>
    public static IReadOnlyList<IReadOnlyList<LesionCrop>> GenerateLesionCrops(
        CohortOptions options, int count, int size = LesionCropExtractor.DefaultSize, PetCtNormalization? normalization = null)
    {
        var generator = new PatientGenerator(options);
        return Enumerable.Range(0, count).Select(i => LesionCropsOf(generator.Generate(i), size, normalization)).ToList();
    }
}
