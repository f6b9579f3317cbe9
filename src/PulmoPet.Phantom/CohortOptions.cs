using PulmoPet.Imaging;

namespace PulmoPet.Phantom;

/// <summary>Settings of a synthetic cohort. The same options and seed always give the same files.</summary>
public sealed record CohortOptions
{
    public const int MaxPatients = 100_000;

    /// <summary>Number of patients (cases P001…).</summary>
    public int Patients { get; init; } = 40;

    /// <summary>Cohort seed; each patient's random streams derive from (seed, patient index).</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Number of centres K; each patient belongs to one centre 1..K, which sets the scanner.</summary>
    public int Centers { get; init; } = 3;

    /// <summary>Fraction of the standard injected dose / scan time: 1 for a standard scan, 0.1 for a low-dose scan (10 × the noise variance).</summary>
    public double DoseFactor { get; init; } = 1.0;

    /// <summary>Isotropic CT voxel size, mm.</summary>
    public double CtSpacingMm { get; init; } = 2.0;

    /// <summary>Isotropic PET voxel size, mm.</summary>
    public double PetSpacingMm { get; init; } = 4.0;

    /// <summary>CT field of view (left–right, anterior–posterior, craniocaudal), mm. Patients are fitted into it.</summary>
    public Vector3D FieldOfViewMm { get; init; } = new(360, 290, 320);

    /// <summary>Classes to draw, in balanced blocks (each block of |classes| patients holds each class once); all four by default.</summary>
    public IReadOnlyList<LesionClass> Classes { get; init; } = LesionClasses.All;

    /// <summary>Threads used (patients in parallel, and within a patient when generating one); −1 for all cores. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws an <see cref="InvalidInputException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Patients is < 1 or > MaxPatients)
        {
            throw new InvalidInputException($"The number of patients must be between 1 and {MaxPatients}, not {Patients}.");
        }

        if (Centers is < 1 or > 99)
        {
            throw new InvalidInputException($"The number of centres must be between 1 and 99, not {Centers}.");
        }

        if (!(DoseFactor > 0 && DoseFactor <= 100))
        {
            throw new InvalidInputException(FormattableString.Invariant($"The dose factor must be in (0, 100], not {DoseFactor}."));
        }

        if (!(CtSpacingMm >= 0.5 && CtSpacingMm <= 10))
        {
            throw new InvalidInputException(FormattableString.Invariant($"The CT spacing must be between 0.5 and 10 mm, not {CtSpacingMm} mm."));
        }

        if (!(PetSpacingMm >= CtSpacingMm && PetSpacingMm <= 20))
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"The PET spacing must be at least the CT spacing ({CtSpacingMm} mm) and at most 20 mm, not {PetSpacingMm} mm."));
        }

        if (!(FieldOfViewMm.X >= 300 && FieldOfViewMm.Y >= 240 && FieldOfViewMm.Z >= 280
            && FieldOfViewMm.X <= 700 && FieldOfViewMm.Y <= 700 && FieldOfViewMm.Z <= 700))
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"The field of view {FieldOfViewMm} mm must be at least 300 × 240 × 280 mm (a chest) and at most 700 mm per axis."));
        }

        if (Classes.Count == 0 || Classes.Distinct().Count() != Classes.Count)
        {
            throw new InvalidInputException("The lesion classes must be a non-empty list without repeats.");
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new InvalidInputException($"The degree of parallelism must be −1 (all cores) or positive, not {MaxDegreeOfParallelism}.");
        }
    }

    /// <summary>The case id of a 0-based patient index: P001, P002… (zero-padded to sort, at least 3 digits).</summary>
    public string CaseId(int patientIndex) =>
        "P" + (patientIndex + 1).ToString("D" + Math.Max(3, Patients.ToString(System.Globalization.CultureInfo.InvariantCulture).Length), System.Globalization.CultureInfo.InvariantCulture);
}
