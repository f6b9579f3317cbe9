namespace PulmoPet.Radiomics.Texture;

/// <summary>
/// A grey level × size matrix (run length, zone size, zone distance, dependence count) stored as its
/// non-zero cells sorted by (level, size), with the features IBSI defines identically for GLRLM, GLSZM,
/// GLDZM and NGLDM (emphases, non-uniformities, percentage, variances, entropy, energy).
/// </summary>
internal sealed class SizeMatrix
{
    /// <summary>Number of features of <see cref="Features"/> (the last one, energy, is used by NGLDM only).</summary>
    public const int FeatureCount = 17;

    private readonly int[] _level;
    private readonly int[] _size;
    private readonly double[] _count;

    private SizeMatrix(int[] level, int[] size, double[] count)
    {
        _level = level;
        _size = size;
        _count = count;
    }

    /// <summary>From a dense row-major matrix of <paramref name="ng"/> rows (level 1…Ng) and sizes 1…columns.</summary>
    public static SizeMatrix FromDense(double[] dense, int ng, int columns)
    {
        var level = new List<int>();
        var size = new List<int>();
        var count = new List<double>();
        for (int i = 0; i < ng; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double c = dense[i * columns + j];
                if (c == 0) continue;
                level.Add(i + 1);
                size.Add(j + 1);
                count.Add(c);
            }
        }

        return new SizeMatrix([.. level], [.. size], [.. count]);
    }

    /// <summary>From one (level, size) entry per zone; equal entries are counted together.</summary>
    public static SizeMatrix FromEntries(long[] keys)
    {
        // packed = level << 32 | size; sorting (in place) gives a deterministic (level, size) order.
        Array.Sort(keys);
        var level = new List<int>();
        var size = new List<int>();
        var count = new List<double>();
        for (int k = 0; k < keys.Length;)
        {
            int start = k;
            while (k < keys.Length && keys[k] == keys[start]) k++;
            level.Add((int)(keys[start] >> 32));
            size.Add((int)(keys[start] & 0xFFFFFFFF));
            count.Add(k - start);
        }

        return new SizeMatrix([.. level], [.. size], [.. count]);
    }

    public static long Pack(int level, int size) => ((long)level << 32) | (uint)size;

    public bool IsEmpty => _count.Length == 0;

    /// <summary>
    /// The 17 features: small-size emphasis, large-size emphasis, low/high grey level emphasis, the four
    /// joint emphases (small-low, small-high, large-low, large-high), grey level non-uniformity (+ normalised),
    /// size non-uniformity (+ normalised), percentage Ns/Nv, grey level variance, size variance, entropy, energy.
    /// Null when the matrix is empty.
    /// </summary>
    public double[]? Features(double voxelCount)
    {
        if (IsEmpty) return null;
        double ns = 0;
        int maxLevel = 0, maxSize = 0;
        for (int k = 0; k < _count.Length; k++)
        {
            ns += _count[k];
            maxLevel = Math.Max(maxLevel, _level[k]);
            maxSize = Math.Max(maxSize, _size[k]);
        }

        var rows = new double[maxLevel + 1];
        var cols = new double[maxSize + 1];
        double se = 0, le = 0, lge = 0, hge = 0, slge = 0, shge = 0, llge = 0, lhge = 0, muI = 0, muJ = 0, entropy = 0, energy = 0;
        for (int k = 0; k < _count.Length; k++)
        {
            double c = _count[k], i2 = (double)_level[k] * _level[k], j2 = (double)_size[k] * _size[k];
            rows[_level[k]] += c;
            cols[_size[k]] += c;
            se += c / j2;
            le += c * j2;
            lge += c / i2;
            hge += c * i2;
            slge += c / (i2 * j2);
            shge += c * i2 / j2;
            llge += c * j2 / i2;
            lhge += c * i2 * j2;
            double p = c / ns;
            muI += _level[k] * c;
            muJ += _size[k] * c;
            entropy -= p * Math.Log2(p);
            energy += p * p;
        }

        // Means from integer-weighted sums, so a single level gives exactly zero variance.
        muI /= ns;
        muJ /= ns;
        double varI = 0, varJ = 0;
        for (int k = 0; k < _count.Length; k++)
        {
            double p = _count[k] / ns;
            varI += (_level[k] - muI) * (_level[k] - muI) * p;
            varJ += (_size[k] - muJ) * (_size[k] - muJ) * p;
        }

        double glnu = 0, snu = 0;
        foreach (double r in rows) glnu += r * r;
        foreach (double c in cols) snu += c * c;
        return
        [
            se / ns, le / ns, lge / ns, hge / ns, slge / ns, shge / ns, llge / ns, lhge / ns,
            glnu / ns, glnu / (ns * ns), snu / ns, snu / (ns * ns), ns / voxelCount, varI, varJ, entropy, energy,
        ];
    }
}
