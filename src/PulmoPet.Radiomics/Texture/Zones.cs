namespace PulmoPet.Radiomics.Texture;

/// <summary>
/// Connected zones of equal grey level (IBSI 3.8): 26-connected in 3D, 8-connected within a slice in 2D, each with its
/// size and its smallest distance to the ROI edge (IBSI 3.9, for the GLDZM). Labelled with an explicit stack on a copy of
/// the levels padded by one empty voxel per side, so neighbours are fixed index offsets without bounds checks.
/// </summary>
internal static class Zones
{
    /// <summary>One zone: its level, voxel count, minimum border distance and slice (of its first voxel in memory order).</summary>
    public readonly record struct Zone(int Level, int Size, int Distance, int Slice);

    /// <summary>
    /// The zones in memory order of their first voxel, so zones of one slice are contiguous and slices ascend
    /// (for in-plane zones).
    /// </summary>
    public static Zone[] Find(GrayLevelVolume levels, bool inPlane)
    {
        var padded = levels.Padded;
        var distance = BorderDistance(levels, padded, inPlane);
        var l = padded.Values;
        var offsets = padded.Offsets(inPlane ? 8 : 26);
        var visited = new bool[l.Length];
        var stack = new int[levels.VoxelCount];
        var zones = new List<Zone>();
        for (int z = 0; z < levels.Nz; z++)
        {
            for (int y = 0; y < levels.Ny; y++)
            {
                for (int x = 0, start = padded.Index(0, y, z); x < levels.Nx; x++, start++)
                {
                    int level = l[start];
                    if (level == 0 || visited[start]) continue;
                    visited[start] = true;
                    int top = 0, size = 0, minDistance = int.MaxValue;
                    stack[top++] = start;
                    while (top > 0)
                    {
                        int v = stack[--top];
                        size++;
                        if (distance[v] < minDistance) minDistance = distance[v];
                        foreach (int o in offsets)
                        {
                            int u = v + o;
                            if (l[u] == level && !visited[u])
                            {
                                visited[u] = true;
                                stack[top++] = u;
                            }
                        }
                    }

                    zones.Add(new Zone(level, size, minDistance, z));
                }
            }
        }

        return [.. zones];
    }

    /// <summary>Start index of each slice's zones in <paramref name="zones"/> (sorted by slice), plus the end.</summary>
    public static int[] SliceStarts(Zone[] zones, int sliceCount)
    {
        var starts = new int[sliceCount + 1];
        foreach (var zone in zones) starts[zone.Slice + 1]++;
        for (int z = 0; z < sliceCount; z++) starts[z + 1] += starts[z];
        return starts;
    }

    /// <summary>
    /// Distance of each ROI voxel (padded layout) to the ROI edge (IBSI 3.9): 1 for voxels with a face neighbour outside
    /// the mask (or the box), growing by 1 per 6-connected step (4-connected within the slice in 2D); 0 outside.
    /// Measured on the morphological mask, so holes left by re-segmentation do not count as edges.
    /// </summary>
    private static int[] BorderDistance(GrayLevelVolume levels, Padded padded, bool inPlane)
    {
        var inside = levels.MorphologicalMask is { } morph ? Padded.Create(levels, morph).Values : padded.Values;
        var faces = padded.Offsets(inPlane ? 4 : 6);
        var distance = new int[inside.Length];
        var queue = new int[inside.Length];
        int head = 0, tail = 0;
        for (int z = 0; z < levels.Nz; z++)
        {
            for (int y = 0; y < levels.Ny; y++)
            {
                for (int x = 0, v = padded.Index(0, y, z); x < levels.Nx; x++, v++)
                {
                    if (inside[v] == 0) continue;
                    foreach (int o in faces)
                    {
                        if (inside[v + o] == 0)
                        {
                            distance[v] = 1;
                            queue[tail++] = v;
                            break;
                        }
                    }
                }
            }
        }

        while (head < tail)
        {
            int v = queue[head++];
            foreach (int o in faces)
            {
                int u = v + o;
                if (inside[u] != 0 && distance[u] == 0)
                {
                    distance[u] = distance[v] + 1;
                    queue[tail++] = u;
                }
            }
        }

        return distance;
    }
}

/// <summary>The box's grey levels (or another per-voxel byte mask) with one empty voxel of padding on every side.</summary>
internal sealed class Padded
{
    private Padded(int nx, int ny, int[] values)
    {
        Nx = nx;
        Ny = ny;
        Values = values;
    }

    /// <summary>Padded row length.</summary>
    public int Nx { get; }

    /// <summary>Padded rows per slice.</summary>
    public int Ny { get; }

    public int[] Values { get; }

    public static Padded Create(GrayLevelVolume levels) => Create(levels, levels.Levels);

    public static Padded Create<T>(GrayLevelVolume levels, T[] box)
        where T : System.Numerics.INumberBase<T>
    {
        int px = levels.Nx + 2, py = levels.Ny + 2, pz = levels.Nz + 2;
        var values = new int[px * py * pz];
        var padded = new Padded(px, py, values);
        for (int z = 0, b = 0; z < levels.Nz; z++)
        {
            for (int y = 0; y < levels.Ny; y++)
            {
                int row = padded.Index(0, y, z);
                for (int x = 0; x < levels.Nx; x++, b++) values[row + x] = int.CreateTruncating(box[b]);
            }
        }

        return padded;
    }

    /// <summary>Padded index of box voxel (x, y, z).</summary>
    public int Index(int x, int y, int z) => ((z + 1) * Ny + y + 1) * Nx + x + 1;

    /// <summary>Linear offset of a neighbour displacement (at most one voxel per axis).</summary>
    public int Offset(Offset o) => (o.Z * Ny + o.Y) * Nx + o.X;

    /// <summary>
    /// Linear offsets of a neighbourhood: 4 (in-plane faces), 6 (faces), 8 (in-plane faces and edges) or 26 neighbours.
    /// </summary>
    public int[] Offsets(int neighbours)
    {
        var offsets = new List<int>();
        int dzMax = neighbours is 4 or 8 ? 0 : 1;
        for (int dz = -dzMax; dz <= dzMax; dz++)
        {
            for (int dy = -1; dy <= 1; dy++)
            {
                for (int dx = -1; dx <= 1; dx++)
                {
                    int manhattan = Math.Abs(dx) + Math.Abs(dy) + Math.Abs(dz);
                    if (manhattan == 0 || ((neighbours is 4 or 6) && manhattan != 1)) continue;
                    offsets.Add((dz * Ny + dy) * Nx + dx);
                }
            }
        }

        return [.. offsets];
    }
}
