using System.IO.Compression;

namespace PulmoPet.Imaging.Io;

/// <summary>Choices for <see cref="ImageFile.Write(Volume, string, ImageWriteOptions)"/>.</summary>
public sealed record ImageWriteOptions
{
    public static ImageWriteOptions Default { get; } = new();

    /// <summary>
    /// Deflate effort for compressed outputs (.nii.gz, gzip NRRD, compressed MetaImage). The default,
    /// <see cref="System.IO.Compression.CompressionLevel.Fastest"/>, keeps batch writing of whole cohorts fast;
    /// <see cref="System.IO.Compression.CompressionLevel.SmallestSize"/> gives smaller files for archiving.
    /// </summary>
    public CompressionLevel CompressionLevel { get; init; } = CompressionLevel.Fastest;

    /// <summary>
    /// Compress the voxel data of NRRD (gzip encoding) and MetaImage (CompressedData, .zraw) outputs. NIfTI
    /// follows the extension instead: .nii.gz is compressed, .nii is not.
    /// </summary>
    public bool Compress { get; init; } = true;

    /// <summary>Free text stored in the header: NIfTI descrip (at most 79 ASCII characters), NRRD content, MetaImage Comment.</summary>
    public string? Description { get; init; }
}
