namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// Labels of <c>organs.nii.gz</c>. Each voxel carries the label of the last structure painted over its
/// centre. Lung labels cover the parenchyma only; intrapulmonary vessels and airways have their own
/// labels, and lesion voxels carry the label of the lung they lie in (lesions are in <c>lesions.nii.gz</c>).
/// The numbers are part of the file format: append new labels, never renumber.
/// </summary>
public enum OrganLabel : byte
{
    Background = 0,
    /// <summary>Body wall and other tissue not listed: skin, subcutaneous fat, muscle, diaphragm, abdominal fat.</summary>
    Body = 1,
    LungRight = 2,
    LungLeft = 3,
    /// <summary>Trachea and bronchi, lumen and wall.</summary>
    Airways = 4,
    Heart = 5,
    Aorta = 6,
    /// <summary>Pulmonary trunk and the right and left pulmonary arteries up to the hila.</summary>
    PulmonaryArtery = 7,
    /// <summary>Intrapulmonary arteries and veins.</summary>
    LungVessels = 8,
    /// <summary>Superior vena cava and brachiocephalic veins.</summary>
    SuperiorVenaCava = 9,
    Esophagus = 10,
    Liver = 11,
    Stomach = 12,
    Spleen = 13,
    Vertebrae = 14,
    SpinalCanal = 15,
    Ribs = 16,
    Sternum = 17,
    CostalCartilages = 18,
    /// <summary>Brachiocephalic trunk, left common carotid and left subclavian arteries.</summary>
    SupraAorticArteries = 19,
    /// <summary>Fat and soft tissue of the mediastinum, and the soft tissue of the thoracic inlet around the lung apices, not otherwise labelled.</summary>
    Mediastinum = 20,
}

/// <summary>A set of organ labels (a bit mask), saying which labels a paint operation may cover.</summary>
public readonly record struct OrganSet(ulong Bits)
{
    public static readonly OrganSet All = new(ulong.MaxValue);

    public static OrganSet Of(params OrganLabel[] labels)
    {
        ulong bits = 0;
        foreach (OrganLabel label in labels)
        {
            bits |= 1UL << (int)label;
        }

        return new OrganSet(bits);
    }

    public bool Contains(byte label) => (Bits & (1UL << label)) != 0;
}

/// <summary>The label tables written next to the images (see <c>labels.json</c>).</summary>
public static class LabelTables
{
    /// <summary>Labels of <c>lungs.nii.gz</c>, as the lungmask tool (Hofmanninger et al., Eur Radiol Exp 2020) uses them.</summary>
    public static readonly IReadOnlyList<(int Value, string Name)> Lungs =
    [
        (0, "background"),
        (1, "right_lung"),
        (2, "left_lung"),
    ];

    /// <summary>Labels of <c>lobes.nii.gz</c>, in lungmask's LTRCLobes order.</summary>
    public static readonly IReadOnlyList<(int Value, string Name)> Lobes =
    [
        (0, "background"),
        (1, "right_upper_lobe"),
        (2, "right_middle_lobe"),
        (3, "right_lower_lobe"),
        (4, "left_upper_lobe"),
        (5, "left_lower_lobe"),
    ];

    /// <summary>Labels of <c>organs.nii.gz</c> (<see cref="OrganLabel"/> in snake case).</summary>
    public static IReadOnlyList<(int Value, string Name)> Organs { get; } =
        Enum.GetValues<OrganLabel>().Select(l => ((int)l, Naming.ToSnakeCase(l.ToString()))).ToArray();
}

/// <summary>The lobe codes of <c>lobes.nii.gz</c>.</summary>
public enum Lobe : byte
{
    None = 0,
    RightUpper = 1,
    RightMiddle = 2,
    RightLower = 3,
    LeftUpper = 4,
    LeftLower = 5,
}

/// <summary>Lung side codes of <c>lungs.nii.gz</c>: 1 right, 2 left.</summary>
public enum LungSide : byte
{
    None = 0,
    Right = 1,
    Left = 2,
}

public static class Naming
{
    /// <summary>"LungRight" → "lung_right".</summary>
    public static string ToSnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string LobeCode(Lobe lobe) => lobe switch
    {
        Lobe.RightUpper => "RUL",
        Lobe.RightMiddle => "RML",
        Lobe.RightLower => "RLL",
        Lobe.LeftUpper => "LUL",
        Lobe.LeftLower => "LLL",
        _ => "none",
    };

    public static string SideName(LungSide side) => side switch
    {
        LungSide.Right => "right",
        LungSide.Left => "left",
        _ => "none",
    };
}
