namespace PulmoPet.Radiomics.Filters;

/// <summary>How the responses of the rotated images are combined (IBSI 2 reference manual, section 2.4).</summary>
public enum RotationPooling
{
    /// <summary>No rotation invariance: the response of the image as it is.</summary>
    None,
    Mean,
    Max,
}

/// <summary>
/// Pseudo-rotation invariance (IBSI 2 reference manual, section 2.4): the filter is applied to the image turned by
/// each of the 24 right-angle rotations of the cube (3D) or the 4 in-plane rotations (2D), each response is turned
/// back, and the responses are pooled voxel-wise. Rotations are axis permutations with flips whose determinant is +1.
/// </summary>
internal static class RightAngleRotations
{
    public static double[] Pooled(double[] data, (int X, int Y, int Z) size, bool planar, RotationPooling pooling,
        Func<double[], (int X, int Y, int Z), double[]> filter)
    {
        if (pooling == RotationPooling.None) return filter(data, size);
        double[]? pooled = null;
        int count = 0;
        foreach (var (perm, flips) in Rotations(planar))
        {
            var (map, rotatedSize) = Map(size, perm, flips);
            var rotated = new double[data.Length];
            for (int j = 0; j < map.Length; j++) rotated[j] = data[map[j]];
            var response = filter(rotated, rotatedSize);
            var back = new double[data.Length];
            for (int j = 0; j < map.Length; j++) back[map[j]] = response[j];
            if (pooled is null) pooled = back;
            else if (pooling == RotationPooling.Mean) for (int i = 0; i < back.Length; i++) pooled[i] += back[i];
            else for (int i = 0; i < back.Length; i++) pooled[i] = Math.Max(pooled[i], back[i]);
            count++;
        }

        if (pooling == RotationPooling.Mean) for (int i = 0; i < pooled!.Length; i++) pooled[i] /= count;
        return pooled!;
    }

    private static IEnumerable<(int[] Perm, bool[] Flips)> Rotations(bool planar)
    {
        int[][] perms = planar ? [[0, 1, 2], [1, 0, 2]] : [[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 2, 1], [2, 1, 0], [1, 0, 2]];
        foreach (var perm in perms)
        {
            int parity = Parity(perm);
            for (int f = 0; f < (planar ? 4 : 8); f++)
            {
                bool[] flips = [(f & 1) != 0, (f & 2) != 0, (f & 4) != 0];
                int sign = parity * (flips.Count(b => b) % 2 == 0 ? 1 : -1);
                if (sign == 1) yield return (perm, flips);
            }
        }
    }

    private static int Parity(int[] p)
    {
        int inversions = 0;
        for (int i = 0; i < 3; i++) for (int j = i + 1; j < 3; j++) if (p[i] > p[j]) inversions++;
        return inversions % 2 == 0 ? 1 : -1;
    }

    /// <summary>Rotated linear index → original linear index; rotated axis k is original axis perm[k], reversed when flips[k].</summary>
    private static (int[] Map, (int X, int Y, int Z) Size) Map((int X, int Y, int Z) size, int[] perm, bool[] flips)
    {
        int[] n = [size.X, size.Y, size.Z];
        int[] m = [n[perm[0]], n[perm[1]], n[perm[2]]];
        var map = new int[size.X * size.Y * size.Z];
        var o = new int[3];
        for (int z = 0, j = 0; z < m[2]; z++)
        {
            for (int y = 0; y < m[1]; y++)
            {
                for (int x = 0; x < m[0]; x++, j++)
                {
                    int[] r = [x, y, z];
                    for (int k = 0; k < 3; k++) o[perm[k]] = flips[k] ? m[k] - 1 - r[k] : r[k];
                    map[j] = (o[2] * n[1] + o[1]) * n[0] + o[0];
                }
            }
        }

        return (map, (m[0], m[1], m[2]));
    }
}
