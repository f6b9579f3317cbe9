using System.CommandLine;
using PulmoPet.Imaging.Io;
using PulmoPet.Pet.Lungs;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet lungs --ct CT --out lungs.nii.gz</c>: classical lung mask (1 right, 2 left) on the CT grid.</summary>
public static class LungsCommand
{
    public static Command Create(CliContext context)
    {
        var ct = new Option<string>("--ct") { Description = "CT in HU: an image file (NIfTI, NRRD, MetaImage) or a folder with one DICOM series.", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Lung label map to write (.nii.gz): 0 background, 1 right lung, 2 left lung.", Required = true };
        var command = new Command("lungs", "Segment the lungs of a CT (threshold, airway removal, right/left split, closing, hole filling).");
        command.Options.Add(ct);
        command.Options.Add(output);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var image = LesionsInputs.ReadImage(parse.GetValue(ct)!, "CT");
            var mask = LungSegmenter.Segment(image.ToFloat());
            string target = parse.GetValue(output)!.FullName;
            ImageFile.Write(mask.Labels, target, new ImageWriteOptions { Description = "PulmoPet lungs 1=R 2=L" });
            context.Console.MarkupLineInterpolated(
                $"wrote [bold]{target}[/]: right lung {mask.RightVolumeMl:0.0} ml, left lung {mask.LeftVolumeMl:0.0} ml");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
