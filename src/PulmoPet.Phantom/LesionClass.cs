namespace PulmoPet.Phantom;

/// <summary>The diagnosis a synthetic patient's lesions share.</summary>
public enum LesionClass
{
    /// <summary>Pulmonary lymphoma (secondary pulmonary involvement or primary).</summary>
    Lymphoma = 0,
    /// <summary>Primary lung cancer (non-small-cell and small-cell carcinoma).</summary>
    PrimaryLungCancer = 1,
    /// <summary>Benign nodules: granulomas and inflammatory lesions.</summary>
    Benign = 2,
    /// <summary>Pulmonary metastases of an extrathoracic primary.</summary>
    Metastasis = 3,
}

public static class LesionClasses
{
    public static readonly IReadOnlyList<LesionClass> All =
        [LesionClass.Lymphoma, LesionClass.PrimaryLungCancer, LesionClass.Benign, LesionClass.Metastasis];

    /// <summary>The name used in CSV files and on the command line.</summary>
    public static string ToName(this LesionClass lesionClass) => lesionClass switch
    {
        LesionClass.Lymphoma => "lymphoma",
        LesionClass.PrimaryLungCancer => "lung_cancer",
        LesionClass.Benign => "benign",
        LesionClass.Metastasis => "metastasis",
        _ => throw new ArgumentOutOfRangeException(nameof(lesionClass)),
    };

    /// <summary>The class named <paramref name="name"/> (as <see cref="ToName"/> writes it, case-insensitive).</summary>
    public static LesionClass Parse(string name)
    {
        foreach (LesionClass lesionClass in All)
        {
            if (string.Equals(lesionClass.ToName(), name, StringComparison.OrdinalIgnoreCase))
            {
                return lesionClass;
            }
        }

        throw new FormatException($"Unknown lesion class '{name}' (expected lymphoma, lung_cancer, benign or metastasis).");
    }
}
