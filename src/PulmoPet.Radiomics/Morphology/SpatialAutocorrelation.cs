using System.Numerics;

namespace PulmoPet.Radiomics.Morphology;

/// <summary>
/// Moran's I (IBSI N365) and Geary's C (NPT7) with inverse-distance weights w = 1/‖Δ‖ (mm) over all ordered pairs
/// of intensity-mask voxels. The pair sums are O(N²) written directly; on a voxel grid the weight depends only on the
/// offset o, so each sum is Σ_o w(o)·C(o) with C an auto- or cross-correlation of the masked fields. Those are
/// evaluated exactly (up to rounding) in O(P log P) on the zero-padded box with the FFT and Parseval's identity:
/// Σ_o w(o) C_ab(o) = (1/P) Σ_k Ŵ(k) conj(Â(k)) B̂(k), with Ŵ real because w is even.
/// </summary>
internal static class SpatialAutocorrelation
{
    /// <param name="mask">1 inside the intensity mask (box layout, x fastest).</param>
    /// <param name="values">Intensity per box voxel (used inside the mask only).</param>
    /// <param name="nx">Box size along x.</param>
    /// <param name="ny">Box size along y.</param>
    /// <param name="nz">Box size along z.</param>
    /// <param name="sx">Voxel spacing along x, mm.</param>
    /// <param name="sy">Voxel spacing along y, mm.</param>
    /// <param name="sz">Voxel spacing along z, mm.</param>
    /// <param name="maxThreads">Upper bound on threads (FFT lines are independent, so results do not depend on it).</param>
    public static (double Moran, double Geary) Compute(byte[] mask, double[] values, int nx, int ny, int nz, double sx, double sy, double sz, int maxThreads)
    {
        int n = 0;
        double mean = 0;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] == 0) continue;
            n++;
            mean += values[i];
        }

        if (n < 2) return (double.NaN, double.NaN);
        mean /= n;
        double variance = 0;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0) variance += (values[i] - mean) * (values[i] - mean);
        }

        if (variance == 0) return (double.NaN, double.NaN);

        // Padded sizes ≥ 2n − 1 so that circular correlation equals linear correlation.
        int px = PowerOfTwo(2 * nx - 1), py = PowerOfTwo(2 * ny - 1), pz = PowerOfTwo(2 * nz - 1);
        int total = px * py * pz;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxThreads) };

        // Weights on the circular offset grid (negative offsets wrap), zero at the origin.
        var w = new Complex[total];
        for (int z = 0; z < pz; z++)
        {
            double dz = (z <= pz / 2 ? z : z - pz) * sz;
            for (int y = 0; y < py; y++)
            {
                double dy = (y <= py / 2 ? y : y - py) * sy;
                for (int x = 0; x < px; x++)
                {
                    double dx = (x <= px / 2 ? x : x - px) * sx;
                    double d = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                    w[(z * py + y) * px + x] = d == 0 ? Complex.Zero : new Complex(1 / d, 0);
                }
            }
        }

        var m = new Complex[total];
        var f = new Complex[total];
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    int b = (z * ny + y) * nx + x;
                    if (mask[b] == 0) continue;
                    int p = (z * py + y) * px + x;
                    m[p] = Complex.One;
                    f[p] = new Complex(values[b] - mean, 0);
                }
            }
        }

        Fft3D(w, px, py, pz, options);
        Fft3D(m, px, py, pz, options);
        Fft3D(f, px, py, pz, options);

        // Σw (ordered pairs) and Moran's numerator Σ w d_i d_j.
        double weightSum = 0, moran = 0;
        for (int k = 0; k < total; k++)
        {
            double wk = w[k].Real;
            weightSum += wk * (m[k].Real * m[k].Real + m[k].Imaginary * m[k].Imaginary);
            moran += wk * (f[k].Real * f[k].Real + f[k].Imaginary * f[k].Imaginary);
        }

        // Geary's numerator Σ w (d_i − d_j)² = 2 Σ w d_i² m_j − 2 Σ w d_i d_j: reuse f for the squared deviations.
        Array.Clear(f);
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    int b = (z * ny + y) * nx + x;
                    if (mask[b] != 0) f[(z * py + y) * px + x] = new Complex((values[b] - mean) * (values[b] - mean), 0);
                }
            }
        }

        Fft3D(f, px, py, pz, options);
        double cross = 0;
        for (int k = 0; k < total; k++) cross += w[k].Real * (f[k].Real * m[k].Real + f[k].Imaginary * m[k].Imaginary);

        weightSum /= total;
        moran /= total;
        cross /= total;
        double geary = 2 * cross - 2 * moran;
        return (n / weightSum * moran / variance, (n - 1) * geary / (2 * weightSum * variance));
    }

    [ThreadStatic]
    private static Complex[]? _twiddles;

    /// <summary>exp(−2πik/n) for k &lt; n/2, cached per thread for the last length used.</summary>
    private static Complex[] Twiddles(int n)
    {
        var t = _twiddles;
        if (t is not null && t.Length == Math.Max(1, n / 2) * 2) return t;
        t = new Complex[Math.Max(1, n / 2) * 2];
        for (int k = 0; k < n / 2; k++) t[k] = Complex.FromPolarCoordinates(1, -2 * Math.PI * k / n);
        _twiddles = t;
        return t;
    }

    private static int PowerOfTwo(int n)
    {
        int p = 1;
        while (p < n) p <<= 1;
        return p;
    }

    /// <summary>In-place forward 3D FFT (x fastest); lines are independent, so the parallel split does not change results.</summary>
    private static void Fft3D(Complex[] data, int px, int py, int pz, ParallelOptions options)
    {
        Parallel.For(0, py * pz, options, () => new Complex[px], (line, _, buffer) =>
        {
            int start = line * px;
            data.AsSpan(start, px).CopyTo(buffer);
            Fft(buffer);
            buffer.CopyTo(data.AsSpan(start, px));
            return buffer;
        }, _ => { });
        Parallel.For(0, px * pz, options, () => new Complex[py], (line, _, buffer) =>
        {
            int x = line % px, z = line / px;
            for (int y = 0; y < py; y++) buffer[y] = data[(z * py + y) * px + x];
            Fft(buffer);
            for (int y = 0; y < py; y++) data[(z * py + y) * px + x] = buffer[y];
            return buffer;
        }, _ => { });
        Parallel.For(0, px * py, options, () => new Complex[pz], (line, _, buffer) =>
        {
            for (int z = 0; z < pz; z++) buffer[z] = data[z * px * py + line];
            Fft(buffer);
            for (int z = 0; z < pz; z++) data[z * px * py + line] = buffer[z];
            return buffer;
        }, _ => { });
    }

    /// <summary>Iterative radix-2 Cooley–Tukey FFT (length a power of two).</summary>
    private static void Fft(Complex[] a)
    {
        int n = a.Length;
        var twiddle = Twiddles(n);
        for (int i = 1, j = 0; i < n; i++)
        {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) (a[i], a[j]) = (a[j], a[i]);
        }

        for (int len = 2; len <= n; len <<= 1)
        {
            int step = n / len;
            for (int i = 0; i < n; i += len)
            {
                for (int k = 0; k < len / 2; k++)
                {
                    var t = twiddle[k * step] * a[i + k + len / 2];
                    var u = a[i + k];
                    a[i + k] = u + t;
                    a[i + k + len / 2] = u - t;
                }
            }
        }
    }
}
