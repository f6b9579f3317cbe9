namespace PulmoPet.Phantom;

/// <summary>
/// Derives independent seeds from a cohort seed and integer coordinates (patient index, purpose, slice),
/// so every random stream depends only on what it is for, never on thread count or generation order.
/// </summary>
public static class SeedMixer
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>One SplitMix64 step (Steele, Lea &amp; Flood, OOPSLA 2014): advances the state and returns a mixed value.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += GoldenGamma;
        return Finalize(state);
    }

    /// <summary>The SplitMix64 output function, a bijective avalanche mixer.</summary>
    public static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Mix(ulong seed, ulong a) => Finalize(Finalize(seed + GoldenGamma) ^ (a * GoldenGamma + 0x632BE59BD9B4E019UL));

    public static ulong Mix(ulong seed, ulong a, ulong b) => Mix(Mix(seed, a), b);

    public static ulong Mix(ulong seed, ulong a, ulong b, ulong c) => Mix(Mix(Mix(seed, a), b), c);

    /// <summary>A generator for the stream (<paramref name="seed"/>, <paramref name="a"/>, <paramref name="b"/>).</summary>
    public static DeterministicRandom Stream(ulong seed, ulong a, ulong b) => new(Mix(seed, a, b));
}
