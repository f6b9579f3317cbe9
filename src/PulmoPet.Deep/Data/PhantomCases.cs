using PulmoPet.Phantom;

namespace PulmoPet.Deep.Data;

/// <summary>Lung-cropped PET+CT lesion-segmentation cases from the synthetic phantom.</summary>
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
}
