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

    /// <summary>
    /// A fast approximately standard normal deviate for image noise: the inverse normal CDF tabulated at
    /// 4096 cells and interpolated linearly, rescaled to unit variance (tails are cut at ≈ ±3.8σ).
    /// </summary>
    public double NextNormalFast()
    {
        ulong bits = NextUInt64();
        int cell = (int)(bits >> (64 - NormalTable.CellBits));
        double fraction = (bits & NormalTable.FractionMask) * NormalTable.FractionScale;
        double[] table = NormalTable.Values;
        return table[cell] + (table[cell + 1] - table[cell]) * fraction;
    }

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

/// <summary>The inverse standard normal CDF at cell boundaries (Acklam's rational approximation, relative error 1e-9).</summary>
internal static class NormalTable
{
    public const int CellBits = 12;
    public const int Cells = 1 << CellBits;
    public const ulong FractionMask = (1UL << (64 - CellBits)) - 1;
    public static readonly double FractionScale = 1.0 / (1UL << (64 - CellBits));
    public static readonly double[] Values = Build();

    private static double[] Build()
    {
        var values = new double[Cells + 1];
        double epsilon = 0.25 / Cells;
        for (int i = 0; i <= Cells; i++)
        {
            values[i] = InverseNormal(Math.Clamp((double)i / Cells, epsilon, 1 - epsilon));
        }

        // Exact variance of the piecewise-linear inverse CDF: Σ (a² + ab + b²) / 3 per cell, over Cells.
        double variance = 0;
        for (int i = 0; i < Cells; i++)
        {
            double a = values[i], b = values[i + 1];
            variance += (a * a + a * b + b * b) / 3;
        }

        double scale = 1 / Math.Sqrt(variance / Cells);
        for (int i = 0; i <= Cells; i++)
        {
            values[i] *= scale;
        }

        return values;
    }

    /// <summary>Acklam's algorithm for Φ⁻¹(p), 0 &lt; p &lt; 1.</summary>
    internal static double InverseNormal(double p)
    {
        ReadOnlySpan<double> a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        ReadOnlySpan<double> b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        ReadOnlySpan<double> c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        ReadOnlySpan<double> d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        if (p < low)
        {
            double q = Math.Sqrt(-2 * Math.Log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        if (p > 1 - low)
        {
            double q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        double r = p - 0.5;
        double s = r * r;
        return (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
    }
}
