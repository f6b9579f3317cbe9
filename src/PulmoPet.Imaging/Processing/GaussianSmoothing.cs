namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Separable Gaussian smoothing with sigma in millimetres per axis, as scipy.ndimage.gaussian_filter
/// (mode 'nearest', truncate 4.0): the 1D kernel is exp(-x²/2σ²) sampled at integer offsets
/// |x| ≤ ⌊4σ + 0.5⌋ voxels and normalised to sum 1; the image edge is replicated. Each pass
/// accumulates in double and stores float, as scipy does for a float32 image.
/// </summary>
public static class GaussianSmoothing
{
    /// <summary>Kernel half-width in standard deviations (scipy's truncate=4.0; the lost tail mass is 6e-5).</summary>
    public const double DefaultTruncate = 4.0;

    /// <summary>FWHM = 2·√(2 ln 2)·σ ≈ 2.3548·σ.</summary>
    public static readonly double FwhmPerSigma = 2.0 * Math.Sqrt(2.0 * Math.Log(2.0));

    /// <summary>The standard deviation of a Gaussian with full width at half maximum <paramref name="fwhm"/> (same unit).</summary>
    public static double FwhmToSigma(double fwhm) => fwhm / FwhmPerSigma;

    /// <summary>The full width at half maximum of a Gaussian with standard deviation <paramref name="sigma"/> (same unit).</summary>
    public static double SigmaToFwhm(double sigma) => sigma * FwhmPerSigma;

    /// <summary>Smooths with the same sigma (mm) along every axis.</summary>
    public static Volume<float> Smooth(Volume<float> image, double sigmaMm, ParallelOptions? parallelOptions = null) =>
        Smooth(image, new Vector3D(sigmaMm, sigmaMm, sigmaMm), parallelOptions);

    /// <summary>
    /// Smooths with sigma (mm) per axis x, y, z; converted to voxels with the image spacing. A sigma of 0
    /// leaves that axis untouched. Returns a new volume on the same geometry.
    /// </summary>
    public static Volume<float> Smooth(Volume<float> image, Vector3D sigmaMm, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var kernels = new double[3][];
        int passes = 0;
        for (int axis = 0; axis < 3; axis++)
        {
            double sigma = sigmaMm[axis];
            if (!double.IsFinite(sigma) || sigma < 0)
            {
                throw new InvalidInputException(FormattableString.Invariant(
                    $"The Gaussian sigma {sigmaMm} mm must be finite and not negative on every axis."));
            }

            if (sigma > 0)
            {
                kernels[axis] = HalfKernel(sigma / image.Geometry.Spacing[axis]);
                if (kernels[axis].Length > 1)
                {
                    passes++;
                }
            }
        }

        float[] source = image.Voxels;
        if (passes == 0)
        {
            return image.Clone();
        }

        var size = image.Size;
        float[] result = new float[source.Length];
        float[]? scratch = passes > 1 ? new float[source.Length] : null;

        // Ping-pong so that the last pass writes into `result`: with 2 passes the first writes to scratch,
        // with 3 passes the first writes to result, the second to scratch.
        int done = 0;
        for (int axis = 0; axis < 3; axis++)
        {
            var kernel = kernels[axis];
            if (kernel is null || kernel.Length <= 1)
            {
                continue;
            }

            int remaining = passes - done;
            float[] target = remaining % 2 == 1 ? result : scratch!;
            ConvolveAxis(source, target, size, axis, kernel, parallelOptions);
            source = target;
            done++;
        }

        return new Volume<float>(image.Geometry, result);
    }

    /// <summary>
    /// The normalised half kernel [w0, w1, …, wr] for sigma in voxels (weight of offsets 0, ±1, … ±r),
    /// r = ⌊truncate·σ + 0.5⌋ as scipy's _gaussian_kernel1d.
    /// </summary>
    public static double[] HalfKernel(double sigmaVoxels, double truncate = DefaultTruncate)
    {
        if (!(sigmaVoxels > 0))
        {
            return [1.0];
        }

        int radius = (int)(truncate * sigmaVoxels + 0.5);
        var weights = new double[radius + 1];
        double sum = 0;
        for (int k = 0; k <= radius; k++)
        {
            weights[k] = Math.Exp(-0.5 * k * k / (sigmaVoxels * sigmaVoxels));
            sum += k == 0 ? weights[k] : 2 * weights[k];
        }

        for (int k = 0; k <= radius; k++)
        {
            weights[k] /= sum;
        }

        return weights;
    }

    private static void ConvolveAxis(float[] source, float[] target, Size3 size, int axis, double[] kernel, ParallelOptions? options)
    {
        switch (axis)
        {
            case 0:
                Parallelism.For(size.Z, options, z => ConvolveRowsAlongX(source, target, size, z, kernel));
                break;
            case 1:
                Parallelism.For(size.Z, options, z => ConvolveSliceAlongY(source, target, size, z, kernel));
                break;
            default:
                Parallelism.For(size.Z, options, z => ConvolveSliceAlongZ(source, target, size, z, kernel));
                break;
        }
    }

    private static void ConvolveRowsAlongX(float[] source, float[] target, Size3 size, int z, double[] kernel)
    {
        int nx = size.X;
        int radius = kernel.Length - 1;
        var padded = new double[nx + 2 * radius];
        for (int y = 0; y < size.Y; y++)
        {
            int offset = (z * size.Y + y) * nx;
            var row = source.AsSpan(offset, nx);
            padded.AsSpan(0, radius).Fill(row[0]);
            for (int x = 0; x < nx; x++)
            {
                padded[radius + x] = row[x];
            }

            padded.AsSpan(radius + nx, radius).Fill(row[nx - 1]);
            var output = target.AsSpan(offset, nx);
            for (int x = 0; x < nx; x++)
            {
                int c = x + radius;
                double acc = kernel[0] * padded[c];
                for (int k = 1; k <= radius; k++)
                {
                    acc += kernel[k] * (padded[c - k] + padded[c + k]);
                }

                output[x] = (float)acc;
            }
        }
    }

    private static void ConvolveSliceAlongY(float[] source, float[] target, Size3 size, int z, double[] kernel)
    {
        int nx = size.X;
        int ny = size.Y;
        int sliceOffset = z * ny * nx;
        var acc = new double[nx];
        for (int y = 0; y < ny; y++)
        {
            AccumulateLines(source, acc, kernel, sliceOffset, nx, y, ny, nx);
            Store(acc, target.AsSpan(sliceOffset + y * nx, nx));
        }
    }

    private static void ConvolveSliceAlongZ(float[] source, float[] target, Size3 size, int z, double[] kernel)
    {
        int nx = size.X;
        int sliceLength = nx * size.Y;
        var acc = new double[nx];
        for (int y = 0; y < size.Y; y++)
        {
            AccumulateLines(source, acc, kernel, y * nx, sliceLength, z, size.Z, nx);
            Store(acc, target.AsSpan(z * sliceLength + y * nx, nx));
        }
    }

    /// <summary>
    /// acc[x] = Σ_k w_|k| · line(clamp(position + k))[x], where line(i) starts at start + i·stride: the
    /// kernel runs across whole contiguous rows at once, which keeps the y and z passes cache-friendly.
    /// </summary>
    private static void AccumulateLines(float[] source, double[] acc, double[] kernel, int start, int stride, int position, int count, int length)
    {
        int radius = kernel.Length - 1;
        var centre = source.AsSpan(start + position * stride, length);
        double w0 = kernel[0];
        for (int x = 0; x < length; x++)
        {
            acc[x] = w0 * centre[x];
        }

        for (int k = 1; k <= radius; k++)
        {
            var lower = source.AsSpan(start + Math.Max(position - k, 0) * stride, length);
            var upper = source.AsSpan(start + Math.Min(position + k, count - 1) * stride, length);
            double w = kernel[k];
            for (int x = 0; x < length; x++)
            {
                acc[x] += w * ((double)lower[x] + upper[x]);
            }
        }
    }

    private static void Store(double[] acc, Span<float> output)
    {
        for (int x = 0; x < output.Length; x++)
        {
            output[x] = (float)acc[x];
        }
    }
}
