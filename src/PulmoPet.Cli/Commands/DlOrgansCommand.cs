using System.CommandLine;
using PulmoPet.Deep.Organs;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl organs --model DIR --pet PET --out ORGANS.nii.gz</c>: organ labels from a PET alone.</summary>
public static class DlOrgansCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-organs'.", Required = true };
        var pet = new Option<FileInfo>("--pet") { Description = "PET image in SUV (any dose, with or without attenuation correction).", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Organ label map to write (.nii.gz) on the PET grid; labels as in labels.json.", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("organs", "Segment organs from a PET alone with a trained PET-only multi-organ model.");
        foreach (var option in new Option[] { model, pet, output, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var segmenter = OrganSegmenter.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            var labels = segmenter.Segment(ImageFile.Read<float>(parse.GetValue(pet)!.FullName));
            string path = parse.GetValue(output)!.FullName;
            ImageFile.Write(labels, path);
            int organs = labels.Voxels.Where(v => v != 0).Distinct().Count();
            context.Console.WriteLine(FormattableString.Invariant($"{organs} organ labels over {labels.Voxels.LongCount(v => v != 0)} voxels written to {path}"));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
