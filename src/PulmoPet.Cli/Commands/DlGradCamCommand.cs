using System.CommandLine;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl gradcam --model DIR --pet PET --ct CT --lesions LABELS --lesion ID --out MAP.nii.gz</c>.</summary>
public static class DlGradCamCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-cls'.", Required = true };
        var pet = new Option<FileInfo>("--pet") { Description = "PET image in SUV.", Required = true };
        var ct = new Option<FileInfo>("--ct") { Description = "CT image in HU.", Required = true };
        var lesions = new Option<FileInfo>("--lesions") { Description = "Lesion instance label map (1, 2, … per lesion).", Required = true };
        var lesion = new Option<int>("--lesion") { Description = "Which lesion (its label value).", DefaultValueFactory = _ => 1 };
        var className = new Option<string?>("--class") { Description = "Class to explain (default: the predicted class)." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Grad-CAM map to write (.nii.gz), on the lesion's crop grid, scaled to [0, 1].", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("gradcam", "Grad-CAM (Selvaraju et al. 2017) of the lesion classifier for one lesion, as a NIfTI map.");
        foreach (var option in new Option[] { model, pet, ct, lesions, lesion, className, output, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var classifier = LesionClassifier.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            var crops = classifier.Crops(
                ImageFile.Read<float>(parse.GetValue(pet)!.FullName),
                ImageFile.Read(parse.GetValue(ct)!.FullName),
                ImageFile.Read<byte>(parse.GetValue(lesions)!.FullName));
            int id = parse.GetValue(lesion);
            var crop = crops.FirstOrDefault(c => c.LesionId == id)
                ?? throw new InvalidInputException($"The label map has no lesion {id}; it has {(crops.Count == 0 ? "none" : string.Join(", ", crops.Select(c => c.LesionId)))}.");
            int? classIndex = null;
            if (parse.GetValue(className) is { } name)
            {
                int index = classifier.Manifest.Classes.ToList().FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
                classIndex = index >= 0 ? index : throw new InvalidInputException($"--class must be one of {string.Join(", ", classifier.Manifest.Classes)}, not '{name}'.");
            }

            var map = classifier.GradCamOf(crop, classIndex);
            string path = parse.GetValue(output)!.FullName;
            ImageFile.Write(map, path);
            context.Console.WriteLine($"Grad-CAM of lesion {id} written to {path}");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
