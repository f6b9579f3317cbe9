namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Exact Euclidean distance transform with anisotropic spacing, in linear time whatever the distances:
/// one scan per x row, then the lower envelope of parabolas along y and z (Felzenszwalb &amp; Huttenlocher,
/// "Distance transforms of sampled functions", Theory of Computing 8, 2012; the separable scheme of
/// Meijster et al. 2000). Squared distances are kept in double (8 bytes per voxel) so that a threshold at
/// a lattice distance, as the ball structuring element uses, is decided exactly.
/// </summary>
public static class EuclideanDistanceTransform
{
    /// <summary>
    /// The distance in mm from each voxel centre to the nearest foreground (nonzero) voxel centre: 0 on the
    /// foreground, +∞ everywhere when the mask is empty.
    /// </summary>
    public static Volume<float> DistanceToForegroundMm(Volume<byte> mask, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var squared = SquaredDistances(mask, featureIsForeground: true, parallelOptions);
        var result = mask.CreateLike<float>();
        var voxels = result.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (float)Math.Sqrt(squared[i]);
        }

        return result;
    }

    /// <summary>
    /// Squared distance (mm²) from each voxel to the nearest feature voxel: the foreground when
    /// <paramref name="featureIsForeground"/>, else the background (in-image only).
    /// </summary>
    internal static double[] SquaredDistances(Volume<byte> mask, bool featureIsForeground, ParallelOptions? options)
    {
        var size = mask.Size;
        var spacing = mask.Geometry.Spacing;
        var source = mask.Voxels;
        var distances = new double[source.Length];
        int nx = size.X;
        int ny = size.Y;
        int nz = size.Z;

        Parallelism.For(nz, options, z =>
        {
            for (int y = 0; y < ny; y++)
            {
                int start = (z * ny + y) * nx;
                RowDistances(source.AsSpan(start, nx), distances.AsSpan(start, nx), featureIsForeground, spacing.X);
            }
        });

        if (ny > 1)
        {
            // y lines of one slice: gathered into contiguous lines (a transpose of the slice), transformed,
            // scattered back; the gather reads whole rows, which keeps the memory traffic sequential.
            Parallelism.For(nz, options, () => new LineScratch(ny, nx), (z, scratch) =>
                TransformLines(distances, scratch, z * ny * nx, nx, ny, nx, spacing.Y));
        }

        if (nz > 1)
        {
            // z lines of one y row: nx lines of nz samples one slice apart.
            Parallelism.For(ny, options, () => new LineScratch(nz, nx), (y, scratch) =>
                TransformLines(distances, scratch, y * nx, nx * ny, nz, nx, spacing.Z));
        }

        return distances;
    }

    /// <summary>
    /// Transforms `width` lines of `n` samples, sample i of line j at data[start + i·stride + j]: the block
    /// is copied line-contiguous, each line transformed, and the block copied back.
    /// </summary>
    private static void TransformLines(double[] data, LineScratch scratch, int start, int stride, int n, int width, double spacing)
    {
        var block = scratch.Block;
        var envelope = scratch.Envelope;
        for (int i = 0; i < n; i++)
        {
            var row = data.AsSpan(start + i * stride, width);
            for (int j = 0; j < width; j++)
            {
                block[j * n + i] = row[j];
            }
        }

        for (int j = 0; j < width; j++)
        {
            envelope.Transform(block.AsSpan(j * n, n), spacing);
        }

        for (int i = 0; i < n; i++)
        {
            var row = data.AsSpan(start + i * stride, width);
            for (int j = 0; j < width; j++)
            {
                row[j] = block[j * n + i];
            }
        }
    }

    /// <summary>First pass: squared distance along the row to the nearest feature, by a forward and a backward scan.</summary>
    private static void RowDistances(ReadOnlySpan<byte> row, Span<double> output, bool featureIsForeground, double spacing)
    {
        int n = row.Length;
        int last = int.MinValue;
        for (int x = 0; x < n; x++)
        {
            if ((row[x] != 0) == featureIsForeground)
            {
                last = x;
            }

            output[x] = last == int.MinValue ? double.PositiveInfinity : Square((x - last) * spacing);
        }

        last = int.MaxValue;
        for (int x = n - 1; x >= 0; x--)
        {
            if ((row[x] != 0) == featureIsForeground)
            {
                last = x;
            }

            if (last != int.MaxValue)
            {
                output[x] = Math.Min(output[x], Square((last - x) * spacing));
            }
        }
    }

    private static double Square(double v) => v * v;

    /// <summary>Per-thread buffers: a block of `width` lines of `n` samples and the envelope arrays.</summary>
    private sealed class LineScratch(int n, int width)
    {
        public double[] Block { get; } = new double[n * width];

        public LowerEnvelope Envelope { get; } = new(n);
    }

    /// <summary>
    /// d(p) = min_q ((p − q)·s)² + f(q) along one line: the lower envelope of the parabolas rooted at the
    /// finite samples, built left to right and read back in a second sweep (F&amp;H 2012, algorithm 1).
    /// </summary>
    private sealed class LowerEnvelope(int n)
    {
        private readonly double[] _f = new double[n];
        private readonly int[] _roots = new int[n];
        private readonly double[] _boundaries = new double[n + 1];

        /// <summary>Transforms one line of n samples in place.</summary>
        public void Transform(Span<double> line, double spacing)
        {
            int count = 0;
            for (int i = 0; i < n; i++)
            {
                double value = line[i];
                _f[i] = value;
                if (!double.IsFinite(value))
                {
                    continue;
                }

                double position = i * spacing;
                double boundary = double.NegativeInfinity;
                while (count > 0)
                {
                    int root = _roots[count - 1];
                    double rootPosition = root * spacing;
                    // Where parabola i overtakes the parabola of `root` (both opening upwards, equal width).
                    boundary = (value + position * position - (_f[root] + rootPosition * rootPosition))
                        / (2.0 * (position - rootPosition));
                    if (boundary > _boundaries[count - 1])
                    {
                        break;
                    }

                    count--;
                    boundary = double.NegativeInfinity;
                }

                _roots[count] = i;
                _boundaries[count] = boundary;
                count++;
            }

            if (count == 0)
            {
                return; // no finite sample: the line stays +∞
            }

            int k = 0;
            for (int i = 0; i < n; i++)
            {
                double position = i * spacing;
                while (k + 1 < count && _boundaries[k + 1] < position)
                {
                    k++;
                }

                int root = _roots[k];
                line[i] = Square((i - root) * spacing) + _f[root];
            }
        }
    }
}
