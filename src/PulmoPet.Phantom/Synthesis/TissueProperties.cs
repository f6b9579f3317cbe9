using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Clinical;

namespace PulmoPet.Phantom.Synthesis;

/// <summary>
/// CT numbers (HU, unenhanced) and FDG uptake (SUV) of each material for one patient. Typical values:
/// fat −100, muscle 40–50, blood 40, liver 55–65 (lower with steatosis), cancellous bone ≈ 300, cortex ≈ 700;
/// SUV of blood pool 1.5–2, liver ≈ 1.3 × blood (≈ 2.2), lung ≈ 0.5, marrow 1.5–2, muscle ≈ 0.7, fat ≈ 0.3
/// (e.g. Boellaard et al. EJNMMI 2015; Paquet et al. J Nucl Med 2004 on liver and blood-pool SUV).
/// Myocardial uptake depends on fasting and is bimodal: suppressed in about a third of patients, otherwise
/// anywhere up to very hot (de Groot et al., Eur J Nucl Med 2005).
/// </summary>
public sealed class TissueProperties
{
    private readonly double[] _hu = new double[TissueInfo.Count];
    private readonly double[] _suv = new double[TissueInfo.Count];

    private TissueProperties()
    {
    }

    public double Hu(Tissue tissue) => _hu[(int)tissue];

    public double Suv(Tissue tissue) => _suv[(int)tissue];

    internal double[] HuTable => _hu;

    internal double[] SuvTable => _suv;

    /// <summary>Amplitude of the lung's anterior-to-posterior (gravity-dependent) density rise, HU.</summary>
    public double LungGravityGradientHu { get; private set; }

    /// <summary>Amplitude of the lung parenchyma texture, HU.</summary>
    public double LungTextureHu { get; private set; }

    public double BloodPoolSuv => Suv(Tissue.Blood);

    public double LiverSuv => Suv(Tissue.Liver);

    public double MyocardiumSuv => Suv(Tissue.Myocardium);

    public static TissueProperties Sample(ClinicalRecord clinical, DeterministicRandom random)
    {
        var p = new TissueProperties();
        double bmi = clinical.BodyMassIndex;
        bool smoker = clinical.Smoking != SmokingStatus.Never;
        void Set(Tissue t, double hu, double suv)
        {
            p._hu[(int)t] = hu;
            p._suv[(int)t] = suv;
        }

        // Higher glycaemia keeps more FDG in the blood (a few per cent per mmol/L).
        double glucoseFactor = 1 + 0.03 * (clinical.GlucoseMmolPerL - 5.5);
        double blood = Math.Clamp(random.Normal(1.75, 0.18) * glucoseFactor, 1.4, 2.3);
        double liver = Math.Clamp(blood * random.Uniform(1.15, 1.45), 1.7, 3.0);
        double myocardium = random.Bernoulli(0.35 - 0.02 * (clinical.GlucoseMmolPerL - 5.5))
            ? random.Uniform(1.0, 2.5)
            : Math.Clamp(random.LogNormal(5.5, 0.55), 2.5, 18);

        Set(Tissue.Air, -1000, 0);
        Set(Tissue.Fat, random.Normal(-100, 6), Math.Clamp(random.Normal(0.3, 0.04), 0.2, 0.45));
        Set(Tissue.Muscle, random.Normal(45, 4), Math.Clamp(random.Normal(0.7, 0.08), 0.5, 0.95));
        Set(Tissue.Lung, random.Normal(smoker ? -868 : -855, 10), Math.Clamp(random.Normal(0.5, 0.05), 0.38, 0.65));
        Set(Tissue.Blood, random.Normal(40, 4), blood);
        Set(Tissue.Myocardium, random.Normal(45, 4), myocardium);
        Set(Tissue.Liver, Math.Clamp(random.Normal(60, 5) - 1.5 * Math.Max(0, bmi - 28), 25, 72), liver);
        Set(Tissue.Spleen, random.Normal(48, 4), liver * random.Uniform(0.8, 0.92));
        Set(Tissue.StomachWall, random.Normal(40, 5), random.Uniform(1.3, 2.8));
        Set(Tissue.CorticalBone, random.Normal(720, 50) - 2 * Math.Max(0, clinical.AgeYears - 50), random.Uniform(0.3, 0.5));
        Set(Tissue.CancellousBone, Math.Clamp(random.Normal(300, 25) - 2.5 * Math.Max(0, clinical.AgeYears - 50), 150, 360), Math.Clamp(random.Normal(1.75, 0.15), 1.4, 2.1));
        Set(Tissue.Cartilage, random.Normal(110, 10), random.Uniform(0.4, 0.6));
        Set(Tissue.SpinalCanal, random.Normal(25, 4), random.Uniform(1.1, 1.5));
        Set(Tissue.AirwayWall, random.Normal(40, 5), random.Uniform(0.7, 1.0));
        Set(Tissue.Esophagus, random.Normal(42, 4), random.Uniform(1.3, 2.3));
        Set(Tissue.Fluid, random.Normal(12, 4), random.Uniform(0.4, 0.7));
        p.LungGravityGradientHu = random.Uniform(30, 60);
        p.LungTextureHu = random.Uniform(15, 28);
        return p;
    }
}
