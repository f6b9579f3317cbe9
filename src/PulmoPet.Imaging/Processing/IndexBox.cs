namespace PulmoPet.Imaging.Processing;

/// <summary>An axis-aligned box of voxel indices, both corners inclusive.</summary>
public readonly record struct IndexBox(Index3 Min, Index3 Max)
{
    /// <summary>The box covering a whole grid of <paramref name="size"/>.</summary>
    public static IndexBox Of(Size3 size) => new(new Index3(0, 0, 0), new Index3(size.X - 1, size.Y - 1, size.Z - 1));

    public Size3 Size => new(Max.X - Min.X + 1, Max.Y - Min.Y + 1, Max.Z - Min.Z + 1);

    public bool IsEmpty => Max.X < Min.X || Max.Y < Min.Y || Max.Z < Min.Z;

    public bool Contains(Index3 index) =>
        index.X >= Min.X && index.X <= Max.X && index.Y >= Min.Y && index.Y <= Max.Y && index.Z >= Min.Z && index.Z <= Max.Z;

    /// <summary>True when the whole box lies on a grid of <paramref name="size"/>.</summary>
    public bool IsInside(Size3 size) =>
        Min.X >= 0 && Min.Y >= 0 && Min.Z >= 0 && Max.X < size.X && Max.Y < size.Y && Max.Z < size.Z;

    /// <summary>The box grown by <paramref name="margin"/> voxels on each side (per axis).</summary>
    public IndexBox Expand(Index3 margin) => new(
        new Index3(Min.X - margin.X, Min.Y - margin.Y, Min.Z - margin.Z),
        new Index3(Max.X + margin.X, Max.Y + margin.Y, Max.Z + margin.Z));

    /// <summary>The part of this box on a grid of <paramref name="size"/> (may be empty).</summary>
    public IndexBox ClipTo(Size3 size) => new(
        new Index3(Math.Max(Min.X, 0), Math.Max(Min.Y, 0), Math.Max(Min.Z, 0)),
        new Index3(Math.Min(Max.X, size.X - 1), Math.Min(Max.Y, size.Y - 1), Math.Min(Max.Z, size.Z - 1)));

    public override string ToString() => $"{Min}–{Max}";
}
