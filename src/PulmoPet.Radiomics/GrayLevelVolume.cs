namespace PulmoPet.Radiomics;

/// <summary>
/// The discretised intensity mask on the ROI box: level 1…Ng inside the intensity mask, 0 outside. All
/// texture matrices are built from this one array of integer levels (x fastest).
/// </summary>
public sealed class GrayLevelVolume
{
    internal GrayLevelVolume(int nx, int ny, int nz, int[] levels, int greyLevelCount, int voxelCount, byte[]? morphologicalMask = null)
    {
        MorphologicalMask = morphologicalMask;
        Nx = nx;
        Ny = ny;
        Nz = nz;
        Levels = levels;
        GrayLevelCount = greyLevelCount;
        VoxelCount = voxelCount;
    }

    public int Nx { get; }

    public int Ny { get; }

    public int Nz { get; }

    /// <summary>Grey level per box voxel, 0 outside the intensity mask.</summary>
    public int[] Levels { get; }

    /// <summary>Ng: the number of levels of the discretised range (absent levels included).</summary>
    public int GrayLevelCount { get; }

    /// <summary>
    /// The morphological mask on the same box (1 inside), when it differs from the intensity mask after
    /// re-segmentation; the GLDZM distance to the ROI edge is measured on it (IBSI 3.9). Null = intensity mask.
    /// </summary>
    public byte[]? MorphologicalMask { get; }

    /// <summary>Voxels in the intensity mask.</summary>
    public int VoxelCount { get; }

    public int Index(int x, int y, int z) => (z * Ny + y) * Nx + x;

    private Texture.Padded? _padded;
    private Texture.Zones.Zone[]? _zones3D;
    private Texture.Zones.Zone[]? _zonesInPlane;

    /// <summary>The levels with one empty voxel of padding per side, built once for the neighbourhood loops.</summary>
    internal Texture.Padded Padded => LazyInitializer.EnsureInitialized(ref _padded, () => Texture.Padded.Create(this));

    /// <summary>The zones (3D or per slice), found once and shared by the GLSZM and the GLDZM.</summary>
    internal Texture.Zones.Zone[] Zones(bool inPlane) => inPlane
        ? LazyInitializer.EnsureInitialized(ref _zonesInPlane, () => Texture.Zones.Find(this, inPlane: true))
        : LazyInitializer.EnsureInitialized(ref _zones3D, () => Texture.Zones.Find(this, inPlane: false));

    public int Level(int x, int y, int z) =>
        (uint)x < (uint)Nx && (uint)y < (uint)Ny && (uint)z < (uint)Nz ? Levels[(z * Ny + y) * Nx + x] : 0;

    /// <summary>Discretises the ROI's intensity mask with <paramref name="discretisation"/>.</summary>
    public static GrayLevelVolume Create(RegionOfInterest roi, Discretisation discretisation)
    {
        var levels = new int[roi.VoxelCount];
        int ng = discretisation.Apply(roi.Values, levels, roi.ResegmentationMin);
        var box = new int[roi.BoxSize.VoxelCount];
        var indices = roi.VoxelIndices;
        for (int k = 0; k < indices.Length; k++)
        {
            box[indices[k]] = levels[k];
        }

        bool resegmented = roi.VoxelCount != roi.MorphologicalVoxelCount;
        return new GrayLevelVolume(
            roi.BoxSize.X, roi.BoxSize.Y, roi.BoxSize.Z, box, ng, roi.VoxelCount, resegmented ? roi.MorphologicalMask : null);
    }

    /// <summary>Voxels of slice z in the intensity mask.</summary>
    public int SliceVoxelCount(int z)
    {
        int count = 0;
        var slice = Levels.AsSpan(z * Nx * Ny, Nx * Ny);
        foreach (int l in slice)
        {
            if (l > 0) count++;
        }

        return count;
    }
}
