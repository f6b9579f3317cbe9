namespace PulmoPet.Imaging.Processing;

/// <summary>Which voxels count as neighbours: those sharing a face, a face or an edge, or any corner.</summary>
public enum Connectivity
{
    /// <summary>6 neighbours sharing a face (scipy.ndimage.label's default, ITK FullyConnected = false).</summary>
    Faces6 = 6,

    /// <summary>18 neighbours sharing a face or an edge.</summary>
    Edges18 = 18,

    /// <summary>26 neighbours sharing a face, an edge or a corner (ITK FullyConnected = true).</summary>
    Vertices26 = 26,
}

internal static class ConnectivityOffsets
{
    /// <summary>
    /// The neighbour offsets (dx, dy, dz) that come before a voxel in memory order (z, then y, then x
    /// decreasing): 3, 9 or 13 of them. The others are their mirror images.
    /// </summary>
    internal static Index3[] Backward(Connectivity connectivity)
    {
        int maxNonZero = connectivity switch
        {
            Connectivity.Faces6 => 1,
            Connectivity.Edges18 => 2,
            Connectivity.Vertices26 => 3,
            _ => throw new ArgumentOutOfRangeException(nameof(connectivity), connectivity, "Connectivity must be 6, 18 or 26."),
        };
        var offsets = new List<Index3>(13);
        for (int dz = -1; dz <= 0; dz++)
        {
            for (int dy = -1; dy <= 1; dy++)
            {
                for (int dx = -1; dx <= 1; dx++)
                {
                    bool before = dz < 0 || (dz == 0 && (dy < 0 || (dy == 0 && dx < 0)));
                    int nonZero = (dx != 0 ? 1 : 0) + (dy != 0 ? 1 : 0) + (dz != 0 ? 1 : 0);
                    if (before && nonZero <= maxNonZero)
                    {
                        offsets.Add(new Index3(dx, dy, dz));
                    }
                }
            }
        }

        return [.. offsets];
    }
}
