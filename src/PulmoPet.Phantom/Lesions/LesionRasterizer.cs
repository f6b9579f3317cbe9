using PulmoPet.Imaging;
using PulmoPet.Phantom.Rendering;

namespace PulmoPet.Phantom.Lesions;

/// <summary>The voxels a lesion covers: partial-volume fractions and which of them carry its label.</summary>
public sealed class LesionFootprint
{
    internal LesionFootprint(Lesion lesion, int[] indices, float[] coverage, bool[] labelled)
    {
        Lesion = lesion;
        Indices = indices;
        Coverage = coverage;
        Labelled = labelled;
        LabelledCount = labelled.Count(l => l);
    }

    public Lesion Lesion { get; }

    /// <summary>Linear voxel indices on the CT grid with coverage above zero.</summary>
    public int[] Indices { get; }

    /// <summary>Fraction of each voxel covered by the lesion (0–1].</summary>
    public float[] Coverage { get; }

    /// <summary>Whether the voxel carries the lesion's label.</summary>
    public bool[] Labelled { get; }

    public int LabelledCount { get; }

    /// <summary>The SUV scale applied to the lesion's uptake pattern (set by the activity synthesis).</summary>
    public double UptakeScale { get; internal set; }
}

/// <summary>
/// Rasterises lesions on the CT grid, clipped to their lung (so juxtapleural lesions end flat at the
/// pleura). A voxel is labelled when the lesion covers its centre (coverage ≥ ½); only the largest
/// 26-connected part of the label is kept, so a spicule cut by the voxel grid leaves no stray islands
/// (the cut pieces still show in CT and PET through their partial coverage).
/// </summary>
internal static class LesionRasterizer
{
    public static (byte[] Labels, List<LesionFootprint> Footprints) Rasterize(IReadOnlyList<Lesion> lesions, TissueMap map)
    {
        ImageGeometry g = map.Grid;
        var labels = new byte[g.VoxelCount];
        var footprints = new List<LesionFootprint>(lesions.Count);
        double ramp = Math.Min(g.Spacing.X, Math.Min(g.Spacing.Y, g.Spacing.Z));
        foreach (Lesion lesion in lesions)
        {
            if (lesion.Id is < 1 or > byte.MaxValue)
            {
                throw new InvalidOperationException($"Lesion id {lesion.Id} does not fit an 8-bit label map.");
            }

            Shapes.Bounds b = lesion.Bounds.Expand(ramp);
            int x0 = Math.Max(0, (int)Math.Floor((b.Min.X - g.Origin.X) / g.Spacing.X));
            int y0 = Math.Max(0, (int)Math.Floor((b.Min.Y - g.Origin.Y) / g.Spacing.Y));
            int z0 = Math.Max(0, (int)Math.Floor((b.Min.Z - g.Origin.Z) / g.Spacing.Z));
            int x1 = Math.Min(g.Size.X - 1, (int)Math.Ceiling((b.Max.X - g.Origin.X) / g.Spacing.X));
            int y1 = Math.Min(g.Size.Y - 1, (int)Math.Ceiling((b.Max.Y - g.Origin.Y) / g.Spacing.Y));
            int z1 = Math.Min(g.Size.Z - 1, (int)Math.Ceiling((b.Max.Z - g.Origin.Z) / g.Spacing.Z));
            var indices = new List<int>();
            var coverage = new List<float>();
            for (int z = z0; z <= z1; z++)
            {
                for (int y = y0; y <= y1; y++)
                {
                    int row = g.LinearIndex(0, y, z);
                    for (int x = x0; x <= x1; x++)
                    {
                        int i = row + x;
                        if (map.Side[i] != (byte)lesion.Side || labels[i] != 0)
                        {
                            continue;
                        }

                        double alpha = 0.5 - lesion.SignedDistance(map.Position(x, y, z)) / ramp;
                        if (alpha > 0)
                        {
                            indices.Add(i);
                            coverage.Add((float)Math.Min(alpha, 1.0));
                        }
                    }
                }
            }

            int[] idx = indices.ToArray();
            float[] cov = coverage.ToArray();
            bool[] labelled = LargestComponent(idx, cov, g);
            for (int k = 0; k < idx.Length; k++)
            {
                if (labelled[k])
                {
                    labels[idx[k]] = (byte)lesion.Id;
                }
            }

            footprints.Add(new LesionFootprint(lesion, idx, cov, labelled));
        }

        return (labels, footprints);
    }

    /// <summary>Marks the voxels of the largest 26-connected set among those with coverage ≥ ½.</summary>
    private static bool[] LargestComponent(int[] indices, float[] coverage, ImageGeometry g)
    {
        var position = new Dictionary<int, int>(indices.Length);
        for (int k = 0; k < indices.Length; k++)
        {
            if (coverage[k] >= 0.5f)
            {
                position[indices[k]] = k;
            }
        }

        int[] component = new int[indices.Length];
        Array.Fill(component, -1);
        int best = -1, bestSize = 0, next = 0;
        var stack = new Stack<int>();
        for (int k = 0; k < indices.Length; k++)
        {
            if (coverage[k] < 0.5f || component[k] >= 0)
            {
                continue;
            }

            int id = next++;
            int size = 0;
            component[k] = id;
            stack.Push(k);
            while (stack.Count > 0)
            {
                int current = stack.Pop();
                size++;
                Index3 v = g.IndexOf(indices[current]);
                for (int dz = -1; dz <= 1; dz++)
                {
                    for (int dy = -1; dy <= 1; dy++)
                    {
                        for (int dx = -1; dx <= 1; dx++)
                        {
                            int nx = v.X + dx, ny = v.Y + dy, nz = v.Z + dz;
                            if (!g.Size.Contains(nx, ny, nz))
                            {
                                continue;
                            }

                            if (position.TryGetValue(g.LinearIndex(nx, ny, nz), out int neighbour) && component[neighbour] < 0)
                            {
                                component[neighbour] = id;
                                stack.Push(neighbour);
                            }
                        }
                    }
                }
            }

            if (size > bestSize)
            {
                bestSize = size;
                best = id;
            }
        }

        var labelled = new bool[indices.Length];
        for (int k = 0; k < indices.Length; k++)
        {
            labelled[k] = best >= 0 && component[k] == best;
        }

        return labelled;
    }
}
