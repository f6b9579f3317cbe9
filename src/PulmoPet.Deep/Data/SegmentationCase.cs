namespace PulmoPet.Deep.Data;

/// <summary>
/// One training or validation image in network layout: <see cref="Image"/> is [C, D, H, W] with W (x)
/// fastest, as <see cref="Imaging.Volume{T}"/> stores voxels; <see cref="Labels"/> is [D, H, W] class indices.
/// </summary>
public sealed class SegmentationCase
{
    public SegmentationCase(string id, int channels, int depth, int height, int width, float[] image, byte[] labels)
    {
        long voxels = (long)depth * height * width;
        if (channels < 1 || depth < 1 || height < 1 || width < 1 || image.Length != channels * voxels || labels.Length != voxels)
        {
            throw new ArgumentException($"Case {id}: the image must hold C·D·H·W values and the labels D·H·W.");
        }

        Id = id;
        Channels = channels;
        Depth = depth;
        Height = height;
        Width = width;
        Image = image;
        Labels = labels;
    }

    public string Id { get; }

    public int Channels { get; }

    public int Depth { get; }

    public int Height { get; }

    public int Width { get; }

    public float[] Image { get; }

    public byte[] Labels { get; }

    public long VoxelCount => (long)Depth * Height * Width;
}
