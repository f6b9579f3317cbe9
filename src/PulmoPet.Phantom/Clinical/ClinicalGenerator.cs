namespace PulmoPet.Phantom.Clinical;

/// <summary>
/// Draws a patient's clinical data from class-dependent but overlapping distributions. The numbers are
/// round figures of the kind the literature reports, chosen so the classes overlap as in practice:
/// <list type="bullet">
/// <item>lung cancer: median age at diagnosis ≈ 70 (SEER), about 85 % ever-smokers with heavy exposure;</item>
/// <item>pulmonary lymphoma: a broad age range (Hodgkin's lymphoma peaks young), smoking as the general population;</item>
/// <item>benign granulomas/inflammation and metastases of extrathoracic primaries: intermediate ages and smoking;</item>
/// <item>glycaemia: fasting values around 5.6 mmol/L with about 12 % diabetics, below the 11 mmol/L limit of the
/// EANM FDG guideline (Boellaard et al., EJNMMI 2015), which also sets the uptake time of 60 ± 10 min and an
/// injected activity of a few MBq/kg.</item>
/// </list>
/// </summary>
public static class ClinicalGenerator
{
    private readonly record struct ClassProfile(
        double AgeMean,
        double AgeSd,
        double MaleFraction,
        double NeverFraction,
        double FormerFraction,
        double PackYearsMean,
        double BmiMean);

    public static ClinicalRecord Generate(string caseId, int patientIndex, LesionClass lesionClass, int center, int centers, DeterministicRandom random)
    {
        ClassProfile profile = lesionClass switch
        {
            LesionClass.PrimaryLungCancer => new(68, 9, 0.58, 0.15, 0.45, 42, 24.8),
            LesionClass.Lymphoma => new(56, 16, 0.55, 0.50, 0.30, 18, 24.6),
            LesionClass.Benign => new(60, 12, 0.52, 0.40, 0.38, 22, 27.0),
            LesionClass.Metastasis => new(63, 12, 0.48, 0.45, 0.35, 20, 25.5),
            _ => throw new ArgumentOutOfRangeException(nameof(lesionClass)),
        };

        int age = (int)Math.Round(random.TruncatedNormal(profile.AgeMean, profile.AgeSd, 20, 90));
        Sex sex = random.Bernoulli(profile.MaleFraction) ? Sex.Male : Sex.Female;
        double height = sex == Sex.Male
            ? random.TruncatedNormal(175, 7, 155, 198)
            : random.TruncatedNormal(162, 6.5, 145, 185);
        double bmi = random.TruncatedNormal(profile.BmiMean, 4.2, 16.5, 42);
        double weight = Math.Round(bmi * (height / 100) * (height / 100), 1);

        double glucose = random.Bernoulli(0.12)
            ? random.TruncatedNormal(7.8, 1.4, 5.0, 11.0)
            : random.TruncatedNormal(5.4, 0.6, 3.9, 7.0);

        int smokingChoice = random.Choose([profile.NeverFraction, profile.FormerFraction, 1 - profile.NeverFraction - profile.FormerFraction]);
        var smoking = (SmokingStatus)smokingChoice;
        double packYears = smoking == SmokingStatus.Never
            ? 0
            : Math.Round(Math.Min(random.LogNormal(profile.PackYearsMean * (smoking == SmokingStatus.Current ? 1.1 : 0.85), 0.5), age - 12.0), 1);

        // Centres use different weight-based activity schedules (EANM: MBq/kg depends on scanner and bed time).
        double megabecquerelPerKg = 2.8 + 1.2 * CenterFraction(center, centers);
        double injected = Math.Round(Math.Clamp(weight * megabecquerelPerKg * random.Uniform(0.92, 1.08), 120, 500), 0);
        double uptake = Math.Round(random.TruncatedNormal(62, 6, 50, 80), 0);

        return new ClinicalRecord
        {
            CaseId = caseId,
            PatientIndex = patientIndex,
            LesionClass = lesionClass,
            Center = center,
            AgeYears = age,
            Sex = sex,
            HeightCm = Math.Round(height, 1),
            WeightKg = weight,
            GlucoseMmolPerL = Math.Round(glucose, 1),
            Smoking = smoking,
            PackYears = Math.Max(0, packYears),
            InjectedActivityMBq = injected,
            UptakeTimeMinutes = uptake,
        };
    }

    /// <summary>Position of centre <paramref name="center"/> (1..K) in [0, 1], 0.5 for a single centre.</summary>
    public static double CenterFraction(int center, int centers) => centers <= 1 ? 0.5 : (center - 1) / (double)(centers - 1);
}
