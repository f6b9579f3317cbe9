namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// Derives independent, reproducible seeds for sub-tasks (trees, folds) from one user seed with the SplitMix64 finaliser
/// (Steele, Lea &amp; Flood 2014). Unlike <see cref="HashCode"/>, the result is the same in every process.
/// </summary>
public static class SeedSequence
{
    public static int Derive(int seed, int index, int stream = 0)
    {
        unchecked
        {
            ulong z = ((ulong)(uint)seed << 32) ^ (ulong)(uint)index ^ ((ulong)(uint)stream * 0xD1B54A32D192ED03UL);
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
