using System.CommandLine;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet convert IN --out OUT</c>: between NIfTI, NRRD and MetaImage, keeping the geometry.</summary>
public static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<FileSystemInfo>("input") { Description = "Image to read (NIfTI, NRRD or MetaImage), or a folder of DICOM files." };
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "File to write; the format follows the extension (.nii, .nii.gz, .nrrd, .nhdr, .mha, .mhd).",
            Required = true,
        };
        var type = new Option<string?>("--type")
        {
            Description = "Convert voxels to this type first: uint8, int8, int16, uint16, int32, uint32, float32, float64 (values saturate).",
        };
        var dicom = new DicomConvertOptions();
        var command = new Command("convert",
            "Convert an image between NIfTI, NRRD and MetaImage keeping its geometry exactly, or a DICOM series (PET to SUV) to one of them.");
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(type);
        dicom.AddTo(command);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string source = parse.GetValue(input)!.FullName;
            string target = parse.GetValue(output)!.FullName;
            Volume volume = Directory.Exists(source)
                ? dicom.Load(context, source, parse)
                : ImageFile.Read(source);
            string? typeName = parse.GetValue(type);
            if (typeName is not null)
            {
                volume = ConvertType(volume, ParseType(typeName));
            }

            long nonFinite = NonFiniteVoxels.Count(volume);
            if (nonFinite > 0)
            {
                context.Error.WriteLine($"pulmopet: warning: {Path.GetFileName(source)} has {nonFinite} NaN or infinite voxels; they are written unchanged.");
            }

            ImageFile.Write(volume, target);
            context.Console.MarkupLineInterpolated($"wrote [bold]{target}[/] ({volume.VoxelType.Name()}, {volume.Geometry.Size})");
            return ErrorReporter.Success;
        }));
        return command;
    }

    internal static VoxelType ParseType(string name) => VoxelTypes.TryParse(name, out var type)
        ? type
        : throw new InvalidInputException($"--type {name} is not a voxel type; use uint8, int8, int16, uint16, int32, uint32, float32 or float64.");

    private static Volume ConvertType(Volume volume, VoxelType type) => type switch
    {
        VoxelType.UInt8 => volume.ConvertTo<byte>(),
        VoxelType.Int8 => volume.ConvertTo<sbyte>(),
        VoxelType.Int16 => volume.ConvertTo<short>(),
        VoxelType.UInt16 => volume.ConvertTo<ushort>(),
        VoxelType.Int32 => volume.ConvertTo<int>(),
        VoxelType.UInt32 => volume.ConvertTo<uint>(),
        VoxelType.Float32 => volume.ConvertTo<float>(),
        VoxelType.Float64 => volume.ConvertTo<double>(),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
