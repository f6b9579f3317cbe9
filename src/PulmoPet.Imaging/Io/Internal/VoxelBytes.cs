using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Receives one run of a volume's voxel bytes.</summary>
internal delegate void ByteChunkAction(Span<byte> chunk);

/// <summary>
/// A volume's voxel buffer as byte spans of at most 1 GiB each. One span cannot cover a buffer of 2 GiB or
/// more (a 512×512×2048 float CT), so bulk reads, writes and byte swaps go chunk by chunk.
/// </summary>
internal static class VoxelBytes
{
    public const int DefaultChunkBytes = 1 << 30;

    public static void ForEachChunk(Volume volume, ByteChunkAction action, int chunkBytes = DefaultChunkBytes)
    {
        switch (volume)
        {
            case Volume<byte> v: Chunks(v.Voxels, action, chunkBytes); break;
            case Volume<sbyte> v: Chunks(v.Voxels, action, chunkBytes); break;
            case Volume<short> v: Chunks(v.Voxels, action, chunkBytes); break;
            case Volume<ushort> v: Chunks(v.Voxels, action, chunkBytes); break;
            case Volume<int> v: Chunks(v.Voxels, action, chunkBytes); break;
            case Volume<uint> v: Chunks(v.Voxels, action, chunkBytes); break;
            case Volume<float> v: Chunks(v.Voxels, action, chunkBytes); break;
            case Volume<double> v: Chunks(v.Voxels, action, chunkBytes); break;
            default: action(volume.AsBytes()); break;
        }
    }

    private static void Chunks<T>(T[] voxels, ByteChunkAction action, int chunkBytes)
        where T : unmanaged
    {
        int perChunk = Math.Max(1, chunkBytes / Unsafe.SizeOf<T>());
        for (int start = 0; start < voxels.Length; start += perChunk)
        {
            action(MemoryMarshal.AsBytes(voxels.AsSpan(start, Math.Min(perChunk, voxels.Length - start))));
        }
    }
}
