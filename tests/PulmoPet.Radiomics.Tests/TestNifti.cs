using System.Buffers.Binary;
using System.IO.Compression;
using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// A minimal NIfTI-1 reader for the IBSI digital phantom until PulmoPet.Imaging.Io (branch io) lands:
/// gzip or plain, little-endian, int16/uint8/float32/float64, axis-aligned sform/qform (RAS → LPS origin).
/// </summary>
internal static class TestNifti
{
    public static Volume<float> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes) != 348)
        {
            throw new InvalidDataException($"{path} is not a little-endian NIfTI-1 file.");
        }

        short Short(int offset) => BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(offset));
        float Float(int offset) => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(offset));
        var size = new Size3(Short(42), Short(44), Short(46));
        short datatype = Short(70);
        var spacing = new Vector3D(Float(80), Float(84), Float(88));
        int voxOffset = (int)Float(108);
        float slope = Float(112), intercept = Float(116);
        if (slope == 0) { slope = 1; intercept = 0; }

        // sform rows (RAS); the phantom files are axis-aligned with negative x/y scales (LPS identity).
        var origin = Short(254) > 0
            ? new Vector3D(-Float(280 + 12), -Float(296 + 12), Float(312 + 12))
            : Vector3D.Zero;
        var volume = new Volume<float>(new ImageGeometry(size, spacing, origin));
        var voxels = volume.Voxels;
        var data = bytes.AsSpan(voxOffset);
        for (int i = 0; i < voxels.Length; i++)
        {
            double v = datatype switch
            {
                2 => data[i],
                4 => BinaryPrimitives.ReadInt16LittleEndian(data[(2 * i)..]),
                16 => BinaryPrimitives.ReadSingleLittleEndian(data[(4 * i)..]),
                64 => BinaryPrimitives.ReadDoubleLittleEndian(data[(8 * i)..]),
                _ => throw new NotSupportedException($"NIfTI datatype {datatype} in {path}."),
            };
            voxels[i] = (float)(v * slope + intercept);
        }

        return volume;
    }
}
