using PulmoPet.Imaging;

namespace PulmoPet.Pet.Lesions;

/// <summary>One basin of <see cref="PeakWatershed"/>: its label, peak voxel (linear index) and peak SUV.</summary>
internal readonly record struct UptakeBasin(int Label, int PeakIndex, float PeakSuv);

/// <summary>
/// Splits uptake into basins, one per prominent peak: a marker-based watershed on −SUV whose markers are
/// the regional maxima with enough topographic prominence, computed in one sweep (a merge tree, as in
/// persistence-based segmentation). Voxels of the domain are visited from the highest SUV down (ties by
/// voxel index, so the result is fully determined); a voxel with no visited 26-neighbour starts a
/// basin; a voxel touching several basins is a saddle, where each lower basin whose peak rises less than
/// the required prominence above the saddle is merged into the highest one (elder rule; a peak below
/// <c>lowPeakSuv</c> — a faint nodule in lung at ≈ 0.5 SUV — needs only <c>lowPeakProminenceSuv</c>) — except a basin
/// peaking outside the optional peak region (the lungs) that meets a higher one peaking inside: a hot lung
/// lesion and a less hot heart stay apart however low the saddle between them, whereas a small bump at
/// the lung border still merges into the heart it belongs to. Every voxel goes to
/// the basin of its highest visited neighbour (steepest ascent). Touching lesions therefore separate at
/// the saddle between their maxima, and noise bumps do not split a lesion.
/// </summary>
internal static class PeakWatershed
{
    public static (int[] Labels, UptakeBasin[] Basins) Segment(
        float[] suv, byte[] domain, Size3 size, double minimumProminenceSuv, double minimumRelativeProminence, byte[]? peakRegion = null,
        double lowPeakSuv = 0, double lowPeakProminenceSuv = double.PositiveInfinity)
    {
        int count = 0;
        for (int i = 0; i < domain.Length; i++)
        {
            count += domain[i] != 0 ? 1 : 0;
        }

        var keys = new ulong[count];
        for (int i = 0, k = 0; i < domain.Length; i++)
        {
            if (domain[i] != 0)
            {
                keys[k++] = ((ulong)~SortableBits(suv[i]) << 32) | (uint)i;
            }
        }

        Array.Sort(keys);
        var offsets = NeighbourOffsets(size);
        var region = new int[suv.Length];
        var parent = new List<int> { 0 };
        var peakIndex = new List<int> { -1 };
        int nx = size.X, ny = size.Y, nz = size.Z;
        Span<int> roots = stackalloc int[26];
        foreach (ulong key in keys)
        {
            int v = (int)(key & 0xFFFFFFFF);
            int x = v % nx, y = v / nx % ny, z = v / (nx * ny);
            int rootCount = 0;
            int bestNeighbour = -1;
            foreach (var (dx, dy, dz, d) in offsets)
            {
                int xn = x + dx, yn = y + dy, zn = z + dz;
                if ((uint)xn >= (uint)nx || (uint)yn >= (uint)ny || (uint)zn >= (uint)nz)
                {
                    continue;
                }

                int j = v + d;
                if (region[j] == 0)
                {
                    continue;
                }

                if (bestNeighbour < 0 || suv[j] > suv[bestNeighbour] || (suv[j] == suv[bestNeighbour] && j < bestNeighbour))
                {
                    bestNeighbour = j;
                }

                int root = Find(parent, region[j]);
                if (roots[..rootCount].IndexOf(root) < 0)
                {
                    roots[rootCount++] = root;
                }
            }

            if (rootCount == 0)
            {
                parent.Add(parent.Count);
                peakIndex.Add(v);
                region[v] = parent.Count - 1;
                continue;
            }

            if (rootCount > 1)
            {
                int elder = roots[0];
                for (int r = 1; r < rootCount; r++)
                {
                    if (Higher(suv, peakIndex[roots[r]], peakIndex[elder]))
                    {
                        elder = roots[r];
                    }
                }

                for (int r = 0; r < rootCount; r++)
                {
                    int young = roots[r];
                    if (young == elder)
                    {
                        continue;
                    }

                    float peak = suv[peakIndex[young]];
                    double absolute = peak < lowPeakSuv ? Math.Min(minimumProminenceSuv, lowPeakProminenceSuv) : minimumProminenceSuv;
                    double required = Math.Max(absolute, minimumRelativeProminence * peak);
                    bool keepApart = peakRegion is not null && peakRegion[peakIndex[elder]] != 0 && peakRegion[peakIndex[young]] == 0;
                    if (peak - suv[v] < required && !keepApart)
                    {
                        parent[young] = elder;
                    }
                }
            }

            region[v] = Find(parent, region[bestNeighbour]);
        }

        // Final labels: surviving basins numbered 1…n in order of their peak (highest first).
        var survivors = Enumerable.Range(1, parent.Count - 1).Where(r => parent[r] == r)
            .OrderByDescending(r => suv[peakIndex[r]]).ThenBy(r => peakIndex[r]).ToArray();
        var finalLabel = new int[parent.Count];
        var basins = new UptakeBasin[survivors.Length];
        for (int k = 0; k < survivors.Length; k++)
        {
            finalLabel[survivors[k]] = k + 1;
            basins[k] = new UptakeBasin(k + 1, peakIndex[survivors[k]], suv[peakIndex[survivors[k]]]);
        }

        var labels = new int[suv.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            if (region[i] != 0)
            {
                labels[i] = finalLabel[Find(parent, region[i])];
            }
        }

        return (labels, basins);
    }

    private static bool Higher(float[] suv, int a, int b) => suv[a] > suv[b] || (suv[a] == suv[b] && a < b);

    private static int Find(List<int> parent, int r)
    {
        while (parent[r] != r)
        {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }

        return r;
    }

    /// <summary>Maps a float to bits that sort as the float does (for non-NaN values).</summary>
    private static uint SortableBits(float value)
    {
        uint bits = BitConverter.SingleToUInt32Bits(value);
        return (bits & 0x80000000u) != 0 ? ~bits : bits | 0x80000000u;
    }

    private static (int Dx, int Dy, int Dz, int Delta)[] NeighbourOffsets(Size3 size)
    {
        var offsets = new List<(int, int, int, int)>(26);
        for (int dz = -1; dz <= 1; dz++)
        {
            for (int dy = -1; dy <= 1; dy++)
            {
                for (int dx = -1; dx <= 1; dx++)
                {
                    if (dx != 0 || dy != 0 || dz != 0)
                    {
                        offsets.Add((dx, dy, dz, (dz * size.Y + dy) * size.X + dx));
                    }
                }
            }
        }

        return [.. offsets];
    }
}
