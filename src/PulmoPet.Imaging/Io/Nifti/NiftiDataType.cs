namespace PulmoPet.Imaging.Io.Nifti;

/// <summary>NIfTI datatype codes (nifti1.h, "DT_*" / "NIFTI_TYPE_*") and their PulmoPet voxel types.</summary>
internal static class NiftiDataType
{
    public static VoxelType? ToVoxelType(int code) => code switch
    {
        2 => VoxelType.UInt8,
        4 => VoxelType.Int16,
        8 => VoxelType.Int32,
        16 => VoxelType.Float32,
        64 => VoxelType.Float64,
        256 => VoxelType.Int8,
        512 => VoxelType.UInt16,
        768 => VoxelType.UInt32,
        _ => null,
    };

    public static short ToCode(VoxelType type) => type switch
    {
        VoxelType.UInt8 => 2,
        VoxelType.Int16 => 4,
        VoxelType.Int32 => 8,
        VoxelType.Float32 => 16,
        VoxelType.Float64 => 64,
        VoxelType.Int8 => 256,
        VoxelType.UInt16 => 512,
        VoxelType.UInt32 => 768,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The nifti1.h name of a code, for error messages.</summary>
    public static string Name(int code) => code switch
    {
        0 => "unknown (DT_UNKNOWN)",
        1 => "binary (1 bit per voxel)",
        2 => "uint8",
        4 => "int16",
        8 => "int32",
        16 => "float32",
        32 => "complex64",
        64 => "float64",
        128 => "RGB24",
        255 => "all",
        256 => "int8",
        512 => "uint16",
        768 => "uint32",
        1024 => "int64",
        1280 => "uint64",
        1536 => "float128",
        1792 => "complex128",
        2048 => "complex256",
        2304 => "RGBA32",
        _ => "not a NIfTI type",
    };
}
