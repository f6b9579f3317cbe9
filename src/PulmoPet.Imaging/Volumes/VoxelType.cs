namespace PulmoPet.Imaging;

/// <summary>The element types a volume can hold, as file formats name them.</summary>
public enum VoxelType
{
    UInt8,
    Int8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Float32,
    Float64,
}

public static class VoxelTypes
{
    public static VoxelType Of<T>()
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte)) return VoxelType.UInt8;
        if (typeof(T) == typeof(sbyte)) return VoxelType.Int8;
        if (typeof(T) == typeof(short)) return VoxelType.Int16;
        if (typeof(T) == typeof(ushort)) return VoxelType.UInt16;
        if (typeof(T) == typeof(int)) return VoxelType.Int32;
        if (typeof(T) == typeof(uint)) return VoxelType.UInt32;
        if (typeof(T) == typeof(float)) return VoxelType.Float32;
        if (typeof(T) == typeof(double)) return VoxelType.Float64;
        throw new NotSupportedException($"Voxel type {typeof(T).Name} is not supported.");
    }

    public static int SizeInBytes(this VoxelType type) => type switch
    {
        VoxelType.UInt8 or VoxelType.Int8 => 1,
        VoxelType.Int16 or VoxelType.UInt16 => 2,
        VoxelType.Int32 or VoxelType.UInt32 or VoxelType.Float32 => 4,
        VoxelType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool IsInteger(this VoxelType type) => type is not (VoxelType.Float32 or VoxelType.Float64);

    /// <summary>Creates an empty volume of the given element type.</summary>
    public static Volume Create(VoxelType type, ImageGeometry geometry) => type switch
    {
        VoxelType.UInt8 => new Volume<byte>(geometry),
        VoxelType.Int8 => new Volume<sbyte>(geometry),
        VoxelType.Int16 => new Volume<short>(geometry),
        VoxelType.UInt16 => new Volume<ushort>(geometry),
        VoxelType.Int32 => new Volume<int>(geometry),
        VoxelType.UInt32 => new Volume<uint>(geometry),
        VoxelType.Float32 => new Volume<float>(geometry),
        VoxelType.Float64 => new Volume<double>(geometry),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
