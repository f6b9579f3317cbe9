using System.IO.Compression;
using System.Text;
using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.Nrrd;

/// <summary>
/// Writes NRRD0004 in LPS ("space: left-posterior-superior", space directions = direction columns × spacing),
/// little-endian, gzip-encoded unless <see cref="ImageWriteOptions.Compress"/> is off. An .nhdr gets its data
/// in a file beside it (name.raw.gz or name.raw) named by a relative "data file:" line.
/// </summary>
internal static class NrrdWriter
{
    public static void Write(Volume volume, string path, bool detached, ImageWriteOptions options)
    {
        bool gzip = options.Compress;
        string? dataPath = detached ? Path.ChangeExtension(path, gzip ? ".raw.gz" : ".raw") : null;
        PairedFileWriter.WriteHeaderAndData(
            path,
            dataPath,
            dataFile => Header(volume, gzip, dataFile, options.Description),
            stream => WriteData(stream, volume, gzip, options));
    }

    private static void WriteData(Stream stream, Volume volume, bool gzip, ImageWriteOptions options)
    {
        if (!gzip)
        {
            VoxelDataWriter.WriteLittleEndian(stream, volume);
            return;
        }

        using var compressed = new GZipStream(stream, options.CompressionLevel, leaveOpen: true);
        VoxelDataWriter.WriteLittleEndian(compressed, volume);
    }

    private static byte[] Header(Volume volume, bool gzip, string? dataFile, string? description)
    {
        ImageGeometry g = volume.Geometry;
        var text = new StringBuilder();
        text.Append("NRRD0004\n");
        text.Append("# Complete NRRD file format specification at:\n");
        text.Append("# http://teem.sourceforge.net/nrrd/format.html\n");
        text.Append("type: ").Append(NrrdTypes.Name(volume.VoxelType)).Append('\n');
        text.Append("dimension: 3\n");
        text.Append("space: ").Append(NrrdSpace.WrittenName).Append('\n');
        text.Append(FormattableString.Invariant($"sizes: {g.Size.X} {g.Size.Y} {g.Size.Z}\n"));
        text.Append("space directions:");
        for (int axis = 0; axis < 3; axis++)
        {
            text.Append(" (").Append(HeaderNumbers.Format(g.Direction.Column(axis) * g.Spacing[axis], ",")).Append(')');
        }

        text.Append('\n');
        text.Append("kinds: domain domain domain\n");
        text.Append("endian: little\n");
        text.Append("encoding: ").Append(gzip ? "gzip" : "raw").Append('\n');
        text.Append("space origin: (").Append(HeaderNumbers.Format(g.Origin, ",")).Append(")\n");
        if (!string.IsNullOrEmpty(description))
        {
            text.Append("content: ").Append(description.ReplaceLineEndings(" ")).Append('\n');
        }

        if (dataFile is not null)
        {
            text.Append("data file: ").Append(dataFile).Append('\n');
        }
        else
        {
            text.Append('\n'); // the blank line that ends an attached header
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
