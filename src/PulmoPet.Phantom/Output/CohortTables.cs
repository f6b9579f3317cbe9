using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Clinical;
using PulmoPet.Phantom.Lesions;

namespace PulmoPet.Phantom.Output;

/// <summary>The cohort tables <c>clinical.csv</c> and <c>lesions_truth.csv</c> (column names are part of the format).</summary>
public static class CohortTables
{
    public static readonly string[] ClinicalColumns =
    [
        "case_id", "class", "center", "age_years", "sex", "height_cm", "weight_kg", "bmi", "glucose_mmol_l",
        "smoking_status", "pack_years", "injected_activity_mbq", "uptake_time_min", "dose_factor",
        "pet_psf_fwhm_mm", "ct_noise_hu", "truth_lesion_count", "truth_liver_suv", "truth_blood_pool_suv",
        "truth_myocardium_suv",
    ];

    public static readonly string[] LesionColumns =
    [
        "case_id", "lesion_id", "class", "centroid_x_mm", "centroid_y_mm", "centroid_z_mm", "volume_ml", "voxel_count",
        "diameter_mm", "equivalent_diameter_mm", "max_diameter_mm", "true_suv_max", "true_suv_mean", "blurred_suv_max",
        "mean_hu", "side", "lobe", "craniocaudal_zone", "radial_zone", "juxtapleural", "morphology", "necrotic",
        "calcified", "air_bronchograms",
    ];

    public static string Clinical(IEnumerable<SyntheticPatientSummary> patients)
    {
        var table = new CsvTable(ClinicalColumns);
        foreach (SyntheticPatientSummary p in patients)
        {
            ClinicalRecord c = p.Clinical;
            table.AppendRow(
            [
                c.CaseId,
                c.LesionClass.ToName(),
                CsvTable.Integer(c.Center),
                CsvTable.Integer(c.AgeYears),
                c.Sex == Sex.Male ? "male" : "female",
                CsvTable.Number(c.HeightCm, 1),
                CsvTable.Number(c.WeightKg, 1),
                CsvTable.Number(c.BodyMassIndex, 1),
                CsvTable.Number(c.GlucoseMmolPerL, 1),
                Naming.ToSnakeCase(c.Smoking.ToString()),
                CsvTable.Number(c.PackYears, 1),
                CsvTable.Number(c.InjectedActivityMBq, 0),
                CsvTable.Number(c.UptakeTimeMinutes, 0),
                CsvTable.Number(p.DoseFactor, 4),
                CsvTable.Number(p.PetPsfFwhmMm, 2),
                CsvTable.Number(p.CtNoiseHu, 1),
                CsvTable.Integer(p.Lesions.Count),
                CsvTable.Number(p.LiverSuv, 3),
                CsvTable.Number(p.BloodPoolSuv, 3),
                CsvTable.Number(p.MyocardiumSuv, 3),
            ]);
        }

        return table.ToString();
    }

    public static string Lesions(IEnumerable<LesionTruth> lesions)
    {
        var table = new CsvTable(LesionColumns);
        foreach (LesionTruth l in lesions)
        {
            table.AppendRow(
            [
                l.CaseId,
                CsvTable.Integer(l.LesionId),
                l.LesionClass.ToName(),
                CsvTable.Number(l.CentroidMm.X, 2),
                CsvTable.Number(l.CentroidMm.Y, 2),
                CsvTable.Number(l.CentroidMm.Z, 2),
                CsvTable.Number(l.VolumeMl, 4),
                CsvTable.Integer(l.VoxelCount),
                CsvTable.Number(l.DiameterMm, 2),
                CsvTable.Number(l.EquivalentDiameterMm, 2),
                CsvTable.Number(l.MaxDiameterMm, 2),
                CsvTable.Number(l.TrueSuvMax, 4),
                CsvTable.Number(l.TrueSuvMean, 4),
                CsvTable.Number(l.BlurredSuvMax, 4),
                CsvTable.Number(l.MeanHu, 1),
                Naming.SideName(l.Side),
                Naming.LobeCode(l.Lobe),
                Naming.ToSnakeCase(l.CraniocaudalZone.ToString()),
                Naming.ToSnakeCase(l.RadialZone.ToString()),
                CsvTable.Boolean(l.Juxtapleural),
                Naming.ToSnakeCase(l.Morphology.ToString()),
                CsvTable.Boolean(l.Necrotic),
                CsvTable.Boolean(l.Calcified),
                CsvTable.Boolean(l.AirBronchograms),
            ]);
        }

        return table.ToString();
    }
}

/// <summary>What the cohort tables keep of a patient once its images are written and released.</summary>
public sealed record SyntheticPatientSummary(
    ClinicalRecord Clinical,
    double DoseFactor,
    double PetPsfFwhmMm,
    double CtNoiseHu,
    double LiverSuv,
    double BloodPoolSuv,
    double MyocardiumSuv,
    IReadOnlyList<LesionTruth> Lesions,
    TimeSpan GenerationTime)
{
    public static SyntheticPatientSummary Of(SyntheticPatient p) => new(
        p.Clinical,
        p.DoseFactor,
        p.Scanner.PetPsfFwhmMm,
        p.Scanner.CtNoiseHu,
        p.Tissue.LiverSuv,
        p.Tissue.BloodPoolSuv,
        p.Tissue.MyocardiumSuv,
        p.LesionTruth,
        p.GenerationTime);
}
