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

    /// <summary>The lower-case name files and the CLI use: uint8, int8, int16, uint16, int32, uint32, float32, float64.</summary>
    public static string Name(this VoxelType type) => type switch
    {
        VoxelType.UInt8 => "uint8",
        VoxelType.Int8 => "int8",
        VoxelType.Int16 => "int16",
        VoxelType.UInt16 => "uint16",
        VoxelType.Int32 => "int32",
        VoxelType.UInt32 => "uint32",
        VoxelType.Float32 => "float32",
        VoxelType.Float64 => "float64",
        _ => type.ToString(),
    };

    /// <summary>Parses <see cref="Name"/>'s names and the C-style synonyms (uchar, short, float, double…).</summary>
    public static bool TryParse(string name, out VoxelType type)
    {
        VoxelType? parsed = name.ToLowerInvariant() switch
        {
            "uint8" or "uchar" => VoxelType.UInt8,
            "int8" or "char" => VoxelType.Int8,
            "int16" or "short" => VoxelType.Int16,
            "uint16" or "ushort" => VoxelType.UInt16,
            "int32" or "int" => VoxelType.Int32,
            "uint32" or "uint" => VoxelType.UInt32,
            "float32" or "float" => VoxelType.Float32,
            "float64" or "double" => VoxelType.Float64,
            _ => null,
        };
        type = parsed ?? default;
        return parsed.HasValue;
    }

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
