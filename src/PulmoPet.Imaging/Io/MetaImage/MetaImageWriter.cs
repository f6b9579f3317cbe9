using System.IO.Compression;
using System.Text;
using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.MetaImage;

/// <summary>
/// Writes MetaImage as ITK's MetaImageIO does: .mha with the data after the header (ElementDataFile = LOCAL)
/// or .mhd with name.zraw (compressed, zlib) / name.raw beside it; little-endian; TransformMatrix lists the
/// direction matrix column by column (see <see cref="MetaImageReader"/>).
/// </summary>
internal static class MetaImageWriter
{
    public static void Write(Volume volume, string path, bool separateData, ImageWriteOptions options)
    {
        bool compress = options.Compress;
        string? dataPath = separateData ? Path.ChangeExtension(path, compress ? ".zraw" : ".raw") : null;
        PairedFileWriter.WriteHeaderAndData(
            path,
            dataPath,
            dataFile => Header(volume, compress, dataFile ?? "LOCAL", options.Description),
            stream => WriteData(stream, volume, compress, options));
    }

    private static void WriteData(Stream stream, Volume volume, bool compress, ImageWriteOptions options)
    {
        if (!compress)
        {
            VoxelDataWriter.WriteLittleEndian(stream, volume);
            return;
        }

        using var zlib = new ZLibStream(stream, options.CompressionLevel, leaveOpen: true);
        VoxelDataWriter.WriteLittleEndian(zlib, volume);
    }

    private static byte[] Header(Volume volume, bool compress, string dataFile, string? description)
    {
        ImageGeometry g = volume.Geometry;
        Matrix3 d = g.Direction;
        var text = new StringBuilder();
        text.Append("ObjectType = Image\n");
        text.Append("NDims = 3\n");
        if (!string.IsNullOrEmpty(description))
        {
            text.Append("Comment = ").Append(description.ReplaceLineEndings(" ")).Append('\n');
        }

        text.Append("BinaryData = True\n");
        text.Append("BinaryDataByteOrderMSB = False\n");
        text.Append("CompressedData = ").Append(compress ? "True" : "False").Append('\n');
        text.Append("TransformMatrix = ")
            .Append(HeaderNumbers.Format(d.Column(0), " ")).Append(' ')
            .Append(HeaderNumbers.Format(d.Column(1), " ")).Append(' ')
            .Append(HeaderNumbers.Format(d.Column(2), " ")).Append('\n');
        text.Append("Offset = ").Append(HeaderNumbers.Format(g.Origin, " ")).Append('\n');
        text.Append("CenterOfRotation = 0 0 0\n");
        text.Append("ElementSpacing = ").Append(HeaderNumbers.Format(g.Spacing, " ")).Append('\n');
        text.Append(FormattableString.Invariant($"DimSize = {g.Size.X} {g.Size.Y} {g.Size.Z}\n"));
        text.Append("ElementType = ").Append(MetaImageElementType.Name(volume.VoxelType)).Append('\n');
        text.Append("ElementDataFile = ").Append(dataFile).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
