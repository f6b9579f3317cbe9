using TorchSharp;

namespace PulmoPet.Deep.Training;

/// <summary>Seeding for reproducible runs on the CPU.</summary>
public static class Determinism
{
    /// <summary>A seed for (run seed, epoch) that does not depend on earlier epochs, so a resumed run repeats an uninterrupted one.</summary>
    public static int EpochSeed(long seed, int epoch) => unchecked((int)(Mix((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)epoch) & 0x7FFFFFFF));

    /// <summary>Seeds TorchSharp's generator for one epoch and returns the matching <see cref="Random"/>.</summary>
    public static Random SeedEpoch(long seed, int epoch)
    {
        int s = EpochSeed(seed, epoch);
        torch.manual_seed(s);
        return new Random(s);
    }

    // SplitMix64 finaliser.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
