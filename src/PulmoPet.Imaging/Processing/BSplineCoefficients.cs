namespace PulmoPet.Imaging.Processing;

/// <summary>
/// The cubic B-spline prefilter: turns voxel values into B-spline coefficients so that the spline
/// interpolates the samples (Unser, "Splines: a perfect fit", IEEE Signal Proc. Mag. 1999). One pole
/// z = √3 − 2, gain 6, mirror-symmetric boundary with the exact causal initialisation, the same
/// recursion as scipy.ndimage.spline_filter (ni_splines.c) and ITK's BSplineDecompositionImageFilter.
/// Lines are filtered in double; coefficients are stored as float to halve memory on CT-sized grids.
/// </summary>
internal static class BSplineCoefficients
{
    /// <summary>The pole of the cubic B-spline prefilter.</summary>
    internal static readonly double Pole = Math.Sqrt(3.0) - 2.0;

    private const double Gain = 6.0; // (1 − z)(1 − 1/z) for z = √3 − 2

    internal static float[] Compute(Volume<float> image, ParallelOptions? options)
    {
        var size = image.Size;
        var coefficients = (float[])image.Voxels.Clone();
        int nx = size.X;
        int ny = size.Y;
        int nz = size.Z;
        if (nx > 1)
        {
            // x lines: one line of nx samples per row.
            Parallelism.For(nz, options, () => new double[nx + 1], (z, work) =>
            {
                for (int y = 0; y < ny; y++)
                {
                    FilterLines(coefficients, work, (z * ny + y) * nx, 1, nx, 1);
                }
            });
        }

        if (ny > 1)
        {
            // y lines of a slice filtered together: nx lines side by side, rows contiguous.
            Parallelism.For(nz, options, () => new double[(ny + 1) * nx], (z, work) => FilterLines(coefficients, work, z * ny * nx, nx, ny, nx));
        }

        if (nz > 1)
        {
            // z lines of one y row filtered together: nx lines side by side, rows one slice apart.
            Parallelism.For(ny, options, () => new double[(nz + 1) * nx], (y, work) => FilterLines(coefficients, work, y * nx, nx * ny, nz, nx));
        }

        return coefficients;
    }

    /// <summary>
    /// Filters `width` lines of `n` samples each: sample i of line j is data[start + i·stride + j].
    /// The recursion runs over i with all j at once so that memory is read row by row. `work` holds
    /// (n + 1)·width doubles: the lines and one spare row.
    /// </summary>
    private static void FilterLines(float[] data, double[] work, int start, int stride, int n, int width)
    {
        for (int i = 0; i < n; i++)
        {
            var row = data.AsSpan(start + i * stride, width);
            var w = work.AsSpan(i * width, width);
            for (int j = 0; j < width; j++)
            {
                w[j] = Gain * row[j];
            }
        }

        double z = Pole;

        // Causal initialisation for a mirror-symmetric signal of period 2n − 2 (scipy _init_causal_mirror).
        double zn1 = Math.Pow(z, n - 1);
        var first = work.AsSpan(0, width);
        var last = work.AsSpan((n - 1) * width, width);
        var c0 = work.AsSpan(n * width, width); // the spare row at the end of the work buffer
        for (int j = 0; j < width; j++)
        {
            c0[j] = first[j] + zn1 * last[j];
        }

        double zi = z;
        for (int i = 1; i < n - 1; i++)
        {
            var a = work.AsSpan(i * width, width);
            var b = work.AsSpan((n - 1 - i) * width, width);
            for (int j = 0; j < width; j++)
            {
                c0[j] += zi * (a[j] + zn1 * b[j]);
            }

            zi *= z;
        }

        double norm = 1.0 / (1.0 - zn1 * zn1);
        for (int j = 0; j < width; j++)
        {
            first[j] = c0[j] * norm;
        }

        // Causal recursion c+(i) = s(i) + z·c+(i − 1).
        for (int i = 1; i < n; i++)
        {
            var current = work.AsSpan(i * width, width);
            var previous = work.AsSpan((i - 1) * width, width);
            for (int j = 0; j < width; j++)
            {
                current[j] += z * previous[j];
            }
        }

        // Anti-causal initialisation (scipy _init_anticausal_mirror) and recursion c(i) = z·(c(i + 1) − c+(i)).
        var beforeLast = work.AsSpan((n - 2) * width, width);
        double endFactor = z / (z * z - 1.0);
        for (int j = 0; j < width; j++)
        {
            last[j] = (z * beforeLast[j] + last[j]) * endFactor;
        }

        for (int i = n - 2; i >= 0; i--)
        {
            var current = work.AsSpan(i * width, width);
            var next = work.AsSpan((i + 1) * width, width);
            for (int j = 0; j < width; j++)
            {
                current[j] = z * (next[j] - current[j]);
            }
        }

        for (int i = 0; i < n; i++)
        {
            var row = data.AsSpan(start + i * stride, width);
            var w = work.AsSpan(i * width, width);
            for (int j = 0; j < width; j++)
            {
                row[j] = (float)w[j];
            }
        }
    }

    /// <summary>Mirror boundary without edge repeat (…, 2, 1, 0, 1, 2, …): scipy 'mirror', ITK's B-spline reflection.</summary>
    internal static int Mirror(int index, int n)
    {
        if (n == 1)
        {
            return 0;
        }

        int period = 2 * n - 2;
        index %= period;
        if (index < 0)
        {
            index += period;
        }

        return index >= n ? period - index : index;
    }
}
