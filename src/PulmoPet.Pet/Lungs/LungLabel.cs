namespace PulmoPet.Pet.Lungs;

/// <summary>
/// Label values of a lung mask, as the lungmask tool writes them (Hofmanninger et al., Eur Radiol Exp 2020):
/// 0 background, 1 right lung, 2 left lung.
/// </summary>
public static class LungLabel
{
    public const byte Background = 0;
    public const byte Right = 1;
    public const byte Left = 2;

    /// <summary>"right", "left" or "none", as lesion tables write the side.</summary>
    public static string SideName(byte label) => label switch
    {
        Right => "right",
        Left => "left",
        _ => "none",
    };
}
