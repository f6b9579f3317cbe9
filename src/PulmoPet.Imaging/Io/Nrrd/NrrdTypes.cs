namespace PulmoPet.Imaging.Io.Nrrd;

/// <summary>NRRD "type" and "encoding" values with all the synonyms of the NRRD0005 specification.</summary>
internal static class NrrdTypes
{
    private static readonly Dictionary<string, VoxelType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["signed char"] = VoxelType.Int8, ["int8"] = VoxelType.Int8, ["int8_t"] = VoxelType.Int8,
        ["uchar"] = VoxelType.UInt8, ["unsigned char"] = VoxelType.UInt8, ["uint8"] = VoxelType.UInt8, ["uint8_t"] = VoxelType.UInt8,
        ["short"] = VoxelType.Int16, ["short int"] = VoxelType.Int16, ["signed short"] = VoxelType.Int16,
        ["signed short int"] = VoxelType.Int16, ["int16"] = VoxelType.Int16, ["int16_t"] = VoxelType.Int16,
        ["ushort"] = VoxelType.UInt16, ["unsigned short"] = VoxelType.UInt16, ["unsigned short int"] = VoxelType.UInt16,
        ["uint16"] = VoxelType.UInt16, ["uint16_t"] = VoxelType.UInt16,
        ["int"] = VoxelType.Int32, ["signed int"] = VoxelType.Int32, ["int32"] = VoxelType.Int32, ["int32_t"] = VoxelType.Int32,
        ["uint"] = VoxelType.UInt32, ["unsigned int"] = VoxelType.UInt32, ["uint32"] = VoxelType.UInt32, ["uint32_t"] = VoxelType.UInt32,
        ["float"] = VoxelType.Float32,
        ["double"] = VoxelType.Float64,
    };

    /// <summary>Types the format has but PulmoPet does not hold, named for the error message.</summary>
    private static readonly HashSet<string> KnownUnsupported = new(StringComparer.OrdinalIgnoreCase)
    {
        "longlong", "long long", "long long int", "signed long long", "signed long long int", "int64", "int64_t",
        "ulonglong", "unsigned long long", "unsigned long long int", "uint64", "uint64_t", "block",
    };

    public static VoxelType? Parse(string type) => Types.TryGetValue(Normalize(type), out VoxelType t) ? t : null;

    public static bool IsKnownUnsupported(string type) => KnownUnsupported.Contains(Normalize(type));

    /// <summary>The name teem itself writes for each type.</summary>
    public static string Name(VoxelType type) => type switch
    {
        VoxelType.Int8 => "signed char",
        VoxelType.UInt8 => "unsigned char",
        VoxelType.Int16 => "short",
        VoxelType.UInt16 => "unsigned short",
        VoxelType.Int32 => "int",
        VoxelType.UInt32 => "unsigned int",
        VoxelType.Float32 => "float",
        VoxelType.Float64 => "double",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static Internal.DataEncoding? ParseEncoding(string encoding) => encoding.ToLowerInvariant() switch
    {
        "raw" => Internal.DataEncoding.Raw,
        "gz" or "gzip" => Internal.DataEncoding.Gzip,
        "txt" or "text" or "ascii" => Internal.DataEncoding.Ascii,
        _ => null,
    };

    private static string Normalize(string type) => string.Join(' ', type.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
