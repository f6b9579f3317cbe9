namespace PulmoPet.Imaging;

/// <summary>Number of voxels along x, y and z (x varies fastest in memory).</summary>
public readonly record struct Size3(int X, int Y, int Z)
{
    public long VoxelCount => (long)X * Y * Z;

    public int this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public bool Contains(int x, int y, int z) =>
        (uint)x < (uint)X && (uint)y < (uint)Y && (uint)z < (uint)Z;

    public override string ToString() => $"{X}×{Y}×{Z}";
}

/// <summary>An integer voxel index (x, y, z).</summary>
public readonly record struct Index3(int X, int Y, int Z)
{
    public int this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public Vector3D ToVector() => new(X, Y, Z);

    public override string ToString() => $"({X}, {Y}, {Z})";
}
