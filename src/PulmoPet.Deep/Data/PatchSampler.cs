namespace PulmoPet.Deep.Data;

/// <summary>
/// Draws patches [C, d, h, w] with their labels [d, h, w] from a <see cref="SegmentationCase"/>,
/// balancing lesion and background as nnU-Net's oversampling does: with probability
/// <see cref="ForegroundProbability"/> the patch is centred on a random foreground voxel, otherwise on a
/// uniformly random voxel. Parts outside the image are zero (image) and background (labels).
/// </summary>
public sealed class PatchSampler
{
    public const double DefaultForegroundProbability = 0.5;

    private readonly Dictionary<SegmentationCase, int[]> foreground = new(ReferenceEqualityComparer.Instance);

    public PatchSampler(int depth, int height, int width, double foregroundProbability = DefaultForegroundProbability)
    {
        if (depth < 1 || height < 1 || width < 1 || foregroundProbability is < 0 or > 1)
        {
            throw new ArgumentException("Patch sizes must be positive and the foreground probability in [0, 1].");
        }

        Depth = depth;
        Height = height;
        Width = width;
        ForegroundProbability = foregroundProbability;
    }

    public int Depth { get; }

    public int Height { get; }

    public int Width { get; }

    public double ForegroundProbability { get; }

    public long PatchVoxels => (long)Depth * Height * Width;

    /// <summary>Writes one patch into <paramref name="image"/> (C·d·h·w) and <paramref name="labels"/> (d·h·w).</summary>
    public void Sample(SegmentationCase source, Random random, Span<float> image, Span<byte> labels)
    {
        var foregroundVoxels = ForegroundOf(source);
        int cz, cy, cx;
        if (foregroundVoxels.Length > 0 && random.NextDouble() < ForegroundProbability)
        {
            int index = foregroundVoxels[random.Next(foregroundVoxels.Length)];
            cx = index % source.Width;
            cy = index / source.Width % source.Height;
            cz = index / (source.Width * source.Height);
        }
        else
        {
            cz = random.Next(source.Depth);
            cy = random.Next(source.Height);
            cx = random.Next(source.Width);
        }

        Extract(source, cz - Depth / 2, cy - Height / 2, cx - Width / 2, image, labels);
    }

    /// <summary>Copies the box starting at (z0, y0, x0); voxels outside the case are 0.</summary>
    public void Extract(SegmentationCase source, int z0, int y0, int x0, Span<float> image, Span<byte> labels)
    {
        image.Clear();
        labels.Clear();
        long caseVoxels = source.VoxelCount;
        for (int z = 0; z < Depth; z++)
        {
            int sz = z0 + z;
            if ((uint)sz >= (uint)source.Depth)
            {
                continue;
            }

            for (int y = 0; y < Height; y++)
            {
                int sy = y0 + y;
                if ((uint)sy >= (uint)source.Height)
                {
                    continue;
                }

                int xStart = Math.Max(0, -x0), xEnd = Math.Min(Width, source.Width - x0);
                if (xEnd <= xStart)
                {
                    continue;
                }

                int sourceRow = (sz * source.Height + sy) * source.Width + x0;
                int patchRow = (z * Height + y) * Width;
                source.Labels.AsSpan(sourceRow + xStart, xEnd - xStart).CopyTo(labels[(patchRow + xStart)..]);
                for (int c = 0; c < source.Channels; c++)
                {
                    source.Image.AsSpan((int)(c * caseVoxels) + sourceRow + xStart, xEnd - xStart)
                        .CopyTo(image[(int)(c * PatchVoxels + patchRow + xStart)..]);
                }
            }
        }
    }

    private int[] ForegroundOf(SegmentationCase source)
    {
        lock (foreground)
        {
            if (!foreground.TryGetValue(source, out var voxels))
            {
                var list = new List<int>();
                for (int i = 0; i < source.Labels.Length; i++)
                {
                    if (source.Labels[i] != 0)
                    {
                        list.Add(i);
                    }
                }

                voxels = list.ToArray();
                foreground[source] = voxels;
            }

            return voxels;
        }
    }
}
