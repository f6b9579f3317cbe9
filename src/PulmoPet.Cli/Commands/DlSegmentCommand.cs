using System.CommandLine;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl segment --model DIR --pet PET --ct CT --out LABELS.nii.gz</c>: lesion label map on the PET grid.</summary>
public static class DlSegmentCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-seg'.", Required = true };
        var pet = new Option<FileInfo>("--pet") { Description = "PET image in SUV (NIfTI, NRRD or MetaImage).", Required = true };
        var ct = new Option<FileInfo>("--ct") { Description = "CT image in HU covering the PET field of view.", Required = true };
        var lungs = new Option<FileInfo?>("--lungs") { Description = "Optional lung mask (nonzero = lung) on the CT grid; restricts the search to the lungs' bounding box." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Label map to write (.nii.gz), on the PET grid.", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("segment", "Segment FDG-avid lung lesions with a trained model: sliding-window inference, label map on the PET grid.");
        foreach (var option in new Option[] { model, pet, ct, lungs, output, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var segmenter = LesionSegmenter.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            var petVolume = ImageFile.Read<float>(parse.GetValue(pet)!.FullName);
            var ctVolume = ImageFile.Read(parse.GetValue(ct)!.FullName);
            var lungVolume = parse.GetValue(lungs) is { } lungFile ? ImageFile.Read<byte>(lungFile.FullName) : null;
            var labels = segmenter.Segment(petVolume, ctVolume, lungVolume);
            string path = parse.GetValue(output)!.FullName;
            ImageFile.Write(labels, path);
            long lesionVoxels = labels.Voxels.LongCount(v => v != 0);
            context.Console.WriteLine(FormattableString.Invariant(
                $"{lesionVoxels} lesion voxels ({lesionVoxels * labels.Geometry.VoxelVolumeMl:F1} ml) written to {path}"));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
