namespace PulmoPet.Imaging.Io.Internal;

/// <summary>A parsed header plus where its voxels lie: everything needed to read the image.</summary>
internal sealed record StoredImage(ImageHeader Header, VoxelDataLocation Data);
