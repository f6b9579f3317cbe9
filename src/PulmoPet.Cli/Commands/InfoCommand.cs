using System.CommandLine;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet info FILE</c>: format, grid and value range of an image file.</summary>
public static class InfoCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileSystemInfo>("file") { Description = "Image file (NIfTI .nii/.nii.gz, NRRD .nrrd/.nhdr, MetaImage .mha/.mhd) or a folder of DICOM files." };
        var command = new Command("info", "Show the format, size, spacing, origin, direction, voxel type and value range of an image, or list the series of a DICOM folder (with SUV factors).");
        command.Arguments.Add(file);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string path = parse.GetValue(file)!.FullName;
            if (Directory.Exists(path))
            {
                DicomInfo.Print(context.Console, path);
                return ErrorReporter.Success;
            }

            var header = ImageFile.ReadHeader(path);
            var volume = ImageFile.Read(path);
            Print(context.Console, path, header, volume);
            return ErrorReporter.Success;
        }));
        return command;
    }

    internal static void Print(IAnsiConsole console, string path, ImageHeader header, Volume volume)
    {
        var geometry = volume.Geometry;
        var values = ValueSummary.Of(volume);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string key, string value) => grid.AddRow(new Text(key, new Style(decoration: Decoration.Bold)), new Text(value));
        Row("file", path);
        Row("format", DescribeFormat(header, path));
        Row("voxel type", header.StoredType.Name() + (header.StoredType != volume.VoxelType ? $" (read as {volume.VoxelType.Name()} after rescaling)" : string.Empty));
        Row("size", $"{geometry.Size.X} × {geometry.Size.Y} × {geometry.Size.Z} ({geometry.VoxelCount.ToString("N0", CultureInfo.InvariantCulture)} voxels)");
        Row("spacing (mm)", Format(geometry.Spacing));
        Row("origin (mm, LPS)", Format(geometry.Origin));
        Row("direction", FormatDirection(geometry.Direction));
        Row("value range", values.FiniteCount == 0
            ? "no finite voxel"
            : FormattableString.Invariant($"{values.Minimum:G6} … {values.Maximum:G6} (mean {values.Mean:G6})"));
        if (values.NonFiniteCount > 0)
        {
            Row("non-finite voxels", values.NonFiniteCount.ToString("N0", CultureInfo.InvariantCulture) + " (NaN or infinite)");
        }

        console.Write(grid);
    }

    internal static string DescribeFormat(ImageHeader header, string path) => header.Format switch
    {
        ImageFileFormat.Nifti1 => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? "NIfTI-1 (gzip)" : "NIfTI-1",
        ImageFileFormat.Nifti2 => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? "NIfTI-2 (gzip)" : "NIfTI-2",
        ImageFileFormat.Analyze75 => "Analyze 7.5",
        ImageFileFormat.Nrrd => "NRRD",
        ImageFileFormat.MetaImage => "MetaImage",
        _ => header.Format.ToString(),
    } + (header.Scaling is { } s ? FormattableString.Invariant($", values scaled by {s.Slope:G6} + {s.Intercept:G6}") : string.Empty)
      + (header.Description.Length > 0 ? $", \"{header.Description}\"" : string.Empty);

    private static string Format(Vector3D v) => FormattableString.Invariant($"{v.X:0.######}, {v.Y:0.######}, {v.Z:0.######}");

    private static string FormatDirection(Matrix3 m) =>
        $"[{Format(m.Column(0))}] [{Format(m.Column(1))}] [{Format(m.Column(2))}] (x, y, z axes)";
}
