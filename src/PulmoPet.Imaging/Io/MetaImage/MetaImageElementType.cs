namespace PulmoPet.Imaging.Io.MetaImage;

/// <summary>MetaIO ElementType names (metaTypes.h). MET_LONG/MET_ULONG are 4 bytes in MetaIO, as in ITK.</summary>
internal static class MetaImageElementType
{
    public static VoxelType? Parse(string name) => name.Trim().ToUpperInvariant() switch
    {
        "MET_UCHAR" => VoxelType.UInt8,
        "MET_CHAR" or "MET_ASCII_CHAR" => VoxelType.Int8,
        "MET_SHORT" => VoxelType.Int16,
        "MET_USHORT" => VoxelType.UInt16,
        "MET_INT" or "MET_LONG" => VoxelType.Int32,
        "MET_UINT" or "MET_ULONG" => VoxelType.UInt32,
        "MET_FLOAT" => VoxelType.Float32,
        "MET_DOUBLE" => VoxelType.Float64,
        _ => null,
    };

    public static string Name(VoxelType type) => type switch
    {
        VoxelType.UInt8 => "MET_UCHAR",
        VoxelType.Int8 => "MET_CHAR",
        VoxelType.Int16 => "MET_SHORT",
        VoxelType.UInt16 => "MET_USHORT",
        VoxelType.Int32 => "MET_INT",
        VoxelType.UInt32 => "MET_UINT",
        VoxelType.Float32 => "MET_FLOAT",
        VoxelType.Float64 => "MET_DOUBLE",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
