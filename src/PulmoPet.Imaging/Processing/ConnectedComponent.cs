namespace PulmoPet.Imaging.Processing;

/// <summary>
/// One connected component of a mask: its label in <see cref="ConnectedComponentsResult.Labels"/>, size,
/// inclusive index bounding box and centroid (mean voxel index, and that point in world LPS mm).
/// </summary>
public sealed record ConnectedComponent(
    int Label,
    long VoxelCount,
    double VolumeMl,
    Index3 BoundingBoxMin,
    Index3 BoundingBoxMax,
    Vector3D CentroidIndex,
    Vector3D CentroidWorld)
{
    /// <summary>The bounding box as an <see cref="IndexBox"/>.</summary>
    public IndexBox BoundingBox => new(BoundingBoxMin, BoundingBoxMax);
}

/// <summary>
/// A label volume (0 = background, components 1…n) on the mask's grid and the components in label order.
/// </summary>
public sealed class ConnectedComponentsResult(Volume<int> labels, IReadOnlyList<ConnectedComponent> components)
{
    public Volume<int> Labels { get; } = labels;

    /// <summary>Components in label order: <c>Components[i].Label == i + 1</c>.</summary>
    public IReadOnlyList<ConnectedComponent> Components { get; } = components;

    public int Count => Components.Count;

    /// <summary>A 0/1 mask of the component with <paramref name="label"/>.</summary>
    public Volume<byte> MaskOf(int label)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(label, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(label, Count);
        var mask = Labels.CreateLike<byte>();
        var source = Labels.Voxels;
        var target = mask.Voxels;
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = source[i] == label ? (byte)1 : (byte)0;
        }

        return mask;
    }
}
