namespace PulmoPet.Deep.Data;

/// <summary>
/// Intensity normalisation of the two input channels, stored in a model manifest:
/// CT: clip to [<see cref="CtMinHu"/>, <see cref="CtMaxHu"/>] then map linearly to [−1, 1];
/// PET: clip SUV to [0, <see cref="PetMaxSuv"/>] then divide by <see cref="PetScaleSuv"/>.
/// </summary>
public sealed record PetCtNormalization
{
    public double CtMinHu { get; init; } = -1000;

    public double CtMaxHu { get; init; } = 400;

    public double PetMaxSuv { get; init; } = 30;

    public double PetScaleSuv { get; init; } = 5;

    public static PetCtNormalization Default { get; } = new();

    public float Ct(double hu)
    {
        double clipped = Math.Clamp(hu, CtMinHu, CtMaxHu);
        return (float)((2 * clipped - CtMinHu - CtMaxHu) / (CtMaxHu - CtMinHu));
    }

    public float Pet(double suv) => (float)(Math.Clamp(suv, 0, PetMaxSuv) / PetScaleSuv);
}
