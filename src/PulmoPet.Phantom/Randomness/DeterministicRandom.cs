namespace PulmoPet.Phantom;

/// <summary>
/// A small, portable pseudo-random generator: xoshiro256** (Blackman &amp; Vigna, "Scrambled linear
/// pseudorandom number generators", ACM TOMS 2021) seeded through SplitMix64, so a seed gives the same
/// sequence on every .NET version (System.Random's algorithm for a seed is not guaranteed to).
/// Not thread-safe: give each thread or purpose its own instance (see <see cref="SeedMixer"/>).
/// </summary>
public sealed class DeterministicRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal;
    private bool _hasSpareNormal;

    public DeterministicRandom(ulong seed)
    {
        ulong state = seed;
        _s0 = SeedMixer.SplitMix64(ref state);
        _s1 = SeedMixer.SplitMix64(ref state);
        _s2 = SeedMixer.SplitMix64(ref state);
        _s3 = SeedMixer.SplitMix64(ref state);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1; // the all-zero state is the one fixed point of xoshiro.
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>A uniform integer in [0, <paramref name="count"/>), without modulo bias (Lemire's method).</summary>
    public int NextInt(int count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "The range must hold at least one value.");
        }

        ulong bound = (ulong)count;
        UInt128 product = (UInt128)NextUInt64() * bound;
        ulong low = (ulong)product;
        if (low < bound)
        {
            ulong threshold = (0UL - bound) % bound;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * bound;
                low = (ulong)product;
            }
        }

        return (int)(ulong)(product >> 64);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public int IntInclusive(int min, int max) => min + NextInt(max - min + 1);

    public bool Bernoulli(double probability) => NextDouble() < probability;

    /// <summary>A standard normal deviate (Marsaglia's polar method; the second deviate is kept for the next call).</summary>
    public double NextNormal()
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = 2.0 * NextDouble() - 1.0;
            v = 2.0 * NextDouble() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);

        double factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpareNormal = true;
        return u * factor;
    }

    public double Normal(double mean, double standardDeviation) => mean + standardDeviation * NextNormal();

    /// <summary>A normal deviate redrawn until it falls in [<paramref name="min"/>, <paramref name="max"/>] (clamped after 64 tries).</summary>
    public double TruncatedNormal(double mean, double standardDeviation, double min, double max)
    {
        for (int attempt = 0; attempt < 64; attempt++)
        {
            double value = Normal(mean, standardDeviation);
            if (value >= min && value <= max)
            {
                return value;
            }
        }

        return Math.Clamp(mean, min, max);
    }

    /// <summary>exp(N(log median, sigmaLog)): a positive, right-skewed value.</summary>
    public double LogNormal(double median, double sigmaLog) => median * Math.Exp(sigmaLog * NextNormal());

    /// <summary>
    /// A Poisson count: Knuth's multiplication method below λ = 30, the normal approximation with
    /// continuity correction above (relative error of the variance below 2 % there).
    /// </summary>
    public int Poisson(double lambda)
    {
        if (!(lambda > 0))
        {
            return 0;
        }

        if (lambda < 30)
        {
            double limit = Math.Exp(-lambda);
            double product = NextDouble();
            int count = 0;
            while (product > limit)
            {
                product *= NextDouble();
                count++;
            }

            return count;
        }

        return Math.Max(0, (int)Math.Floor(lambda + Math.Sqrt(lambda) * NextNormal() + 0.5));
    }

    /// <summary>An index drawn with probability proportional to <paramref name="weights"/>.</summary>
    public int Choose(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights)
        {
            total += w;
        }

        double target = NextDouble() * total;
        for (int i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>A uniformly distributed unit vector.</summary>
    public Imaging.Vector3D UnitVector()
    {
        double z = Uniform(-1, 1);
        double phi = Uniform(0, 2 * Math.PI);
        double r = Math.Sqrt(Math.Max(0, 1 - z * z));
        return new Imaging.Vector3D(r * Math.Cos(phi), r * Math.Sin(phi), z);
    }

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
