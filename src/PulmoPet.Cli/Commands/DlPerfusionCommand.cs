using System.CommandLine;
using PulmoPet.Deep.Perfusion;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl perfusion --model DIR --ct CT --lungs LUNGS --out PERFUSION.nii.gz</c>: relative perfusion from a CT.</summary>
public static class DlPerfusionCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-perfusion'.", Required = true };
        var ct = new Option<FileInfo>("--ct") { Description = "Chest CT in HU (NIfTI, NRRD or MetaImage).", Required = true };
        var lungs = new Option<FileInfo>("--lungs") { Description = "Lung mask on the CT grid (nonzero = lung), e.g. from 'pulmopet lungs'.", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Perfusion image to write (.nii.gz): relative perfusion, mean about 1 over the lungs, on a grid of the model's spacing.", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("perfusion", "Predict a SPECT-like relative perfusion image from a chest CT with a trained CT-to-perfusion model.");
        foreach (var option in new Option[] { model, ct, lungs, output, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var predictor = PerfusionPredictor.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            var ctVolume = ImageFile.Read(parse.GetValue(ct)!.FullName);
            var lungVolume = ImageFile.Read<byte>(parse.GetValue(lungs)!.FullName);
            var (perfusion, item) = predictor.Predict(ctVolume, lungVolume);
            string path = parse.GetValue(output)!.FullName;
            ImageFile.Write(perfusion, path);
            var lungValues = Enumerable.Range(0, item.Case.Labels.Length).Where(i => item.Case.Labels[i] != 0).ToList();
            context.Console.WriteLine(FormattableString.Invariant(
                $"relative perfusion on {perfusion.Geometry.Size} voxels of {perfusion.Geometry.Spacing.X:0.#} mm ({lungValues.Count} lung voxels) written to {path}"));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
