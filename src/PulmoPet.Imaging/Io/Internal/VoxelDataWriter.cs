namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Writes voxels as little-endian bytes in one bulk write (a swapped copy only on big-endian machines).</summary>
internal static class VoxelDataWriter
{
    public static void WriteLittleEndian(Stream stream, Volume volume)
    {
        ReadOnlySpan<byte> bytes = volume.AsBytes();
        int elementSize = volume.VoxelType.SizeInBytes();
        if (BitConverter.IsLittleEndian || elementSize == 1)
        {
            stream.Write(bytes);
            return;
        }

        byte[] copy = bytes.ToArray();
        VoxelDataReader.ReverseByteOrder(copy, elementSize);
        stream.Write(copy);
    }
}
