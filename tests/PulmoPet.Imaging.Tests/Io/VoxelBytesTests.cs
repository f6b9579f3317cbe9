using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Tests.Io;

public sealed class VoxelBytesTests
{
    [Theory]
    [InlineData(VoxelType.UInt8, 7)]
    [InlineData(VoxelType.Int16, 6)]
    [InlineData(VoxelType.Float64, 16)]
    [InlineData(VoxelType.Float32, 1 << 30)]
    public void Chunks_cover_the_buffer_in_order_on_element_boundaries(VoxelType type, int chunkBytes)
    {
        Volume volume = TestVolumes.Random(type, new ImageGeometry(new Size3(5, 3, 2), Vector3D.One, Vector3D.Zero), seed: 1);
        var joined = new List<byte>();
        VoxelBytes.ForEachChunk(volume, chunk =>
        {
            Assert.Equal(0, chunk.Length % type.SizeInBytes());
            Assert.True(chunk.Length <= Math.Max(chunkBytes, type.SizeInBytes()));
            joined.AddRange(chunk.ToArray());
        }, chunkBytes);

        Assert.Equal(volume.AsBytes().ToArray(), joined);
    }
}
