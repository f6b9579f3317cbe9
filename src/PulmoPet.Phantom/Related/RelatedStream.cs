namespace PulmoPet.Phantom.Related;

/// <summary>
/// Random streams of the opt-in related outputs (perfusion, PET variants, bone lesions). They are derived
/// from (cohort seed, patient index, purpose) with purposes far from the generator's own streams (1…9),
/// so adding these outputs never consumes or shifts a patient's existing random numbers.
/// </summary>
public enum RelatedStream : ulong
{
    Perfusion = 1001,
    PetDose = 1002,
    PetNonAttenuationCorrected = 1003,
    BoneLesions = 1004,
    BoneNoise = 1005,
}

public static class RelatedSeeds
{
    /// <summary>The seed of <paramref name="stream"/> for patient <paramref name="patientIndex"/> of a cohort seeded <paramref name="cohortSeed"/>.</summary>
    public static ulong For(long cohortSeed, int patientIndex, RelatedStream stream) =>
        SeedMixer.Mix(SeedMixer.Mix(unchecked((ulong)cohortSeed), (ulong)patientIndex), (ulong)stream);

    /// <summary>A generator for <paramref name="stream"/> of one patient.</summary>
    public static DeterministicRandom Random(long cohortSeed, int patientIndex, RelatedStream stream) =>
        new(For(cohortSeed, patientIndex, stream));
}
