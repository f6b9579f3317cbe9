namespace PulmoPet.Imaging.Io;

/// <summary>Limits and choices for <see cref="ImageFile.Read(string, ImageReadOptions?)"/>.</summary>
public sealed record ImageReadOptions
{
    /// <summary>2³⁰ voxels: a 1024×1024×1024 grid, far above any clinical PET or CT volume.</summary>
    public const long DefaultMaxVoxels = 1L << 30;

    public static ImageReadOptions Default { get; } = new();

    /// <summary>
    /// The largest voxel count a file may declare. A header declaring more is refused before any voxel buffer
    /// is allocated, so a corrupt or hostile header cannot exhaust memory.
    /// </summary>
    public long MaxVoxels { get; init; } = DefaultMaxVoxels;
}
