using PulmoPet.Imaging;

namespace PulmoPet.Pet.Lobes;

/// <summary>
/// How a lobe label map numbers the five lobes. Values not in the scheme (background, other organs of a
/// whole-body map) are no lobe.
/// </summary>
public sealed record LobeLabelScheme
{
    public const string RightUpper = "RUL";
    public const string RightMiddle = "RML";
    public const string RightLower = "RLL";
    public const string LeftUpper = "LUL";
    public const string LeftLower = "LLL";

    private LobeLabelScheme(string name, IReadOnlyDictionary<int, string> codes)
    {
        Name = name;
        Codes = codes;
    }

    /// <summary>PulmoPet's phantom (<c>lobes.nii.gz</c>): 1 RUL, 2 RML, 3 RLL, 4 LUL, 5 LLL.</summary>
    public static LobeLabelScheme PulmoPet { get; } = new("pulmopet", new Dictionary<int, string>
    {
        [1] = RightUpper, [2] = RightMiddle, [3] = RightLower, [4] = LeftUpper, [5] = LeftLower,
    });

    /// <summary>
    /// TotalSegmentator v2, task "total" (Wasserthal et al., Radiol Artif Intell 2023; its class map):
    /// 10 lung_upper_lobe_left, 11 lung_lower_lobe_left, 12 lung_upper_lobe_right, 13 lung_middle_lobe_right,
    /// 14 lung_lower_lobe_right.
    /// </summary>
    public static LobeLabelScheme TotalSegmentator { get; } = new("totalsegmentator", new Dictionary<int, string>
    {
        [10] = LeftUpper, [11] = LeftLower, [12] = RightUpper, [13] = RightMiddle, [14] = RightLower,
    });

    public static IReadOnlyList<LobeLabelScheme> All { get; } = [PulmoPet, TotalSegmentator];

    public string Name { get; }

    /// <summary>Label value → lobe code (RUL, RML, RLL, LUL, LLL).</summary>
    public IReadOnlyDictionary<int, string> Codes { get; }

    /// <summary>The scheme called <paramref name="name"/> (case-insensitive).</summary>
    public static LobeLabelScheme Named(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidInputException($"The lobe label scheme '{name}' is unknown; use one of: {string.Join(", ", All.Select(s => s.Name))}.");
}
