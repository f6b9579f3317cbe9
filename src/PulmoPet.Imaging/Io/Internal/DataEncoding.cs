namespace PulmoPet.Imaging.Io.Internal;

/// <summary>How the voxel bytes are stored in the data file.</summary>
internal enum DataEncoding
{
    /// <summary>Uncompressed binary.</summary>
    Raw,

    /// <summary>gzip (RFC 1952), as .nii.gz, NRRD "gzip" and ITK's .nii.gz.</summary>
    Gzip,

    /// <summary>zlib (RFC 1950), as MetaImage CompressedData = True.</summary>
    Zlib,

    /// <summary>Whitespace-separated decimal numbers (NRRD "ascii"/"text", MetaImage BinaryData = False).</summary>
    Ascii,
}
