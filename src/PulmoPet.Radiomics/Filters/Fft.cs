using System.Numerics;

namespace PulmoPet.Radiomics.Filters;

/// <summary>Iterative radix-2 Cooley–Tukey FFT (length a power of two) and its 2D row/column form.</summary>
internal static class Fft
{
    public static void Transform(Complex[] a, bool inverse)
    {
        int n = a.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) (a[i], a[j]) = (a[j], a[i]);
        }

        for (int len = 2; len <= n; len <<= 1)
        {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            var wl = new Complex(Math.Cos(angle), Math.Sin(angle));
            for (int i = 0; i < n; i += len)
            {
                var w = Complex.One;
                for (int k = 0; k < len / 2; k++)
                {
                    var u = a[i + k];
                    var v = a[i + k + len / 2] * w;
                    a[i + k] = u + v;
                    a[i + k + len / 2] = u - v;
                    w *= wl;
                }
            }
        }

        if (inverse) for (int i = 0; i < n; i++) a[i] /= n;
    }

    /// <summary>2D transform of an n × n row-major array.</summary>
    public static void Transform2D(Complex[] a, int n, bool inverse)
    {
        var line = new Complex[n];
        for (int r = 0; r < n; r++)
        {
            Array.Copy(a, r * n, line, 0, n);
            Transform(line, inverse);
            Array.Copy(line, 0, a, r * n, n);
        }

        for (int c = 0; c < n; c++)
        {
            for (int r = 0; r < n; r++) line[r] = a[r * n + c];
            Transform(line, inverse);
            for (int r = 0; r < n; r++) a[r * n + c] = line[r];
        }
    }
}
