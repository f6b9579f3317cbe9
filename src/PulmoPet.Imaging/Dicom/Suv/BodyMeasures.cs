namespace PulmoPet.Imaging.Dicom.Suv;

/// <summary>Body-size formulas used to normalise SUV.</summary>
public static class BodyMeasures
{
    /// <summary>
    /// Lean body mass, kg, by Janmahasatian et al., Clin Pharmacokinet 2005;44(10):1051–65 (the SUL of PERCIST):
    /// male 9270·W / (6680 + 216·BMI), female 9270·W / (8780 + 244·BMI), BMI = W / H².
    /// </summary>
    public static double LeanBodyMassJanmahasatianKg(double weightKg, double heightM, bool female)
    {
        double bmi = weightKg / (heightM * heightM);
        return female ? 9270 * weightKg / (8780 + 244 * bmi) : 9270 * weightKg / (6680 + 216 * bmi);
    }

    /// <summary>Body surface area, m², by Du Bois and Du Bois (1916): 0.007184 · W^0.425 · H[cm]^0.725.</summary>
    public static double BodySurfaceAreaDuBoisM2(double weightKg, double heightM) =>
        0.007184 * Math.Pow(weightKg, 0.425) * Math.Pow(heightM * 100, 0.725);
}
