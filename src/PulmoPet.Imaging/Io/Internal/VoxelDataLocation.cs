namespace PulmoPet.Imaging.Io.Internal;

/// <summary>
/// Where and how a file stores its voxels. Skips follow the NRRD rules, which cover the other formats:
/// first <see cref="Offset"/> bytes, then <see cref="LineSkip"/> lines, then <see cref="ByteSkip"/> bytes, which
/// for compressed encodings are counted after decompression (NRRD spec, "byte skip"; a .nii.gz vox_offset).
/// </summary>
/// <param name="DataPath">The file holding the voxels (the header file itself for attached data).</param>
/// <param name="Encoding">How the voxel bytes are encoded.</param>
/// <param name="Offset">Bytes before the data (or before the line skip) in the file as stored.</param>
internal sealed record VoxelDataLocation(string DataPath, DataEncoding Encoding, long Offset)
{
    public int LineSkip { get; init; }

    public long ByteSkip { get; init; }

    /// <summary>Raw data end where the file ends (NRRD "byte skip: -1", MetaImage "HeaderSize = -1").</summary>
    public bool AtEndOfFile { get; init; }

    /// <summary>Multi-byte values are stored most significant byte first.</summary>
    public bool BigEndian { get; init; }
}
