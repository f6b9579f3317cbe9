namespace PulmoPet.Radiomics.Texture;

/// <summary>
/// Connected zones of equal grey level (IBSI 3.8): 26-connected in 3D, 8-connected within a slice in 2D.
/// Labelled with an explicit stack (no recursion, no per-voxel allocation).
/// </summary>
internal static class Zones
{
    /// <summary>One zone: its level, voxel count, minimum border distance (when a distance map is given) and slice.</summary>
    public readonly record struct Zone(int Level, int Size, int Distance, int Slice);

    public static List<Zone> Find(GrayLevelVolume levels, bool inPlane, int[]? distance = null)
    {
        int nx = levels.Nx, ny = levels.Ny, nz = levels.Nz;
        var l = levels.Levels;
        var visited = new bool[l.Length];
        var stack = new int[l.Length];
        var zones = new List<Zone>();
        int dzMax = inPlane ? 0 : 1;
        for (int start = 0; start < l.Length; start++)
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
                if (distance is not null) minDistance = Math.Min(minDistance, distance[v]);
                int x = v % nx, y = v / nx % ny, z = v / (nx * ny);
                for (int dz = -dzMax; dz <= dzMax; dz++)
                {
                    int zz = z + dz;
                    if ((uint)zz >= (uint)nz) continue;
                    for (int dy = -1; dy <= 1; dy++)
                    {
                        int yy = y + dy;
                        if ((uint)yy >= (uint)ny) continue;
                        for (int dx = -1; dx <= 1; dx++)
                        {
                            int xx = x + dx;
                            if ((uint)xx >= (uint)nx) continue;
                            int u = (zz * ny + yy) * nx + xx;
                            if (!visited[u] && l[u] == level)
                            {
                                visited[u] = true;
                                stack[top++] = u;
                            }
                        }
                    }
                }
            }

            zones.Add(new Zone(level, size, minDistance, start / (nx * ny)));
        }

        return zones;
    }

    /// <summary>
    /// Distance of each ROI voxel to the ROI edge (IBSI 3.9): 1 for voxels with a face neighbour outside
    /// the mask (or the box), growing by 1 per 6-connected step (4-connected within the slice in 2D); 0 outside.
    /// Measured on the morphological mask, so holes left by re-segmentation do not count as edges.
    /// </summary>
    public static int[] BorderDistance(GrayLevelVolume levels, bool inPlane)
    {
        int nx = levels.Nx, ny = levels.Ny, nz = levels.Nz;
        var l = levels.MorphologicalMask is { } morph ? Array.ConvertAll(morph, v => (int)v) : levels.Levels;
        var distance = new int[l.Length];
        var queue = new int[l.Length];
        int head = 0, tail = 0;
        Span<int> dxs = [1, -1, 0, 0, 0, 0], dys = [0, 0, 1, -1, 0, 0], dzs = [0, 0, 0, 0, 1, -1];
        int neighbours = inPlane ? 4 : 6;
        for (int v = 0; v < l.Length; v++)
        {
            if (l[v] == 0) continue;
            int x = v % nx, y = v / nx % ny, z = v / (nx * ny);
            for (int k = 0; k < neighbours; k++)
            {
                int xx = x + dxs[k], yy = y + dys[k], zz = z + dzs[k];
                if ((uint)xx >= (uint)nx || (uint)yy >= (uint)ny || (uint)zz >= (uint)nz || l[(zz * ny + yy) * nx + xx] == 0)
                {
                    distance[v] = 1;
                    queue[tail++] = v;
                    break;
                }
            }
        }

        while (head < tail)
        {
            int v = queue[head++];
            int x = v % nx, y = v / nx % ny, z = v / (nx * ny);
            for (int k = 0; k < neighbours; k++)
            {
                int xx = x + dxs[k], yy = y + dys[k], zz = z + dzs[k];
                if ((uint)xx >= (uint)nx || (uint)yy >= (uint)ny || (uint)zz >= (uint)nz) continue;
                int u = (zz * ny + yy) * nx + xx;
                if (l[u] != 0 && distance[u] == 0)
                {
                    distance[u] = distance[v] + 1;
                    queue[tail++] = u;
                }
            }
        }

        return distance;
    }
}
