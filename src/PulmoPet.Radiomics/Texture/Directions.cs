namespace PulmoPet.Radiomics.Texture;

/// <summary>A neighbour offset in voxels.</summary>
public readonly record struct Offset(int X, int Y, int Z);

/// <summary>The unique neighbour directions of direction-dependent texture matrices (IBSI 3.6, 3.7).</summary>
public static class Directions
{
    /// <summary>The 4 in-plane directions (0°, 90°, 45°, 135°) used by 2D and 2.5D matrices.</summary>
    public static readonly Offset[] InPlane = [new(1, 0, 0), new(0, 1, 0), new(1, 1, 0), new(1, -1, 0)];

    /// <summary>The 13 unique directions of the 26-neighbourhood (each with its opposite implied).</summary>
    public static readonly Offset[] Volume =
    [
        .. InPlane,
        new(-1, -1, 1), new(0, -1, 1), new(1, -1, 1),
        new(-1, 0, 1), new(0, 0, 1), new(1, 0, 1),
        new(-1, 1, 1), new(0, 1, 1), new(1, 1, 1),
    ];

    public static Offset[] For(TextureDimension dimension) => dimension == TextureDimension.Volume3D ? Volume : InPlane;

    /// <summary>All offsets with Chebyshev norm 1…δ (in-plane only for 2D), for NGTDM/NGLDM neighbourhoods.</summary>
    public static Offset[] Neighbourhood(int distance, bool inPlane)
    {
        var list = new List<Offset>();
        int dzMax = inPlane ? 0 : distance;
        for (int dz = -dzMax; dz <= dzMax; dz++)
        {
            for (int dy = -distance; dy <= distance; dy++)
            {
                for (int dx = -distance; dx <= distance; dx++)
                {
                    if (dx != 0 || dy != 0 || dz != 0) list.Add(new Offset(dx, dy, dz));
                }
            }
        }

        return [.. list];
    }
}
