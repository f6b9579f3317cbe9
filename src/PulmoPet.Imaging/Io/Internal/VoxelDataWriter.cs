namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Writes voxels as little-endian bytes in one bulk write (a swapped copy only on big-endian machines).</summary>
internal static class VoxelDataWriter
{
    public static void WriteLittleEndian(Stream stream, Volume volume)
    {
        int elementSize = volume.VoxelType.SizeInBytes();
        VoxelBytes.ForEachChunk(volume, chunk =>
        {
            if (BitConverter.IsLittleEndian || elementSize == 1)
            {
                stream.Write(chunk);
                return;
            }

            byte[] copy = chunk.ToArray();
            VoxelDataReader.ReverseByteOrder(copy, elementSize);
            stream.Write(copy);
        });
    }
}
