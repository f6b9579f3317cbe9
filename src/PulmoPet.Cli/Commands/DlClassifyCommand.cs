using System.CommandLine;
using System.Globalization;
using System.Text;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl classify --model DIR --pet PET --ct CT --lesions LABELS --out TABLE.csv</c>: class probabilities per lesion.</summary>
public static class DlClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-cls'.", Required = true };
        var pet = new Option<FileInfo>("--pet") { Description = "PET image in SUV.", Required = true };
        var ct = new Option<FileInfo>("--ct") { Description = "CT image in HU.", Required = true };
        var lesions = new Option<FileInfo>("--lesions") { Description = "Lesion instance label map (1, 2, … per lesion), on any grid.", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "CSV table to write: lesion_id, predicted_class, p_<class>….", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("classify", "Classify each lesion of a label map with a trained lesion classifier.");
        foreach (var option in new Option[] { model, pet, ct, lesions, output, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var classifier = LesionClassifier.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            var predictions = classifier.Classify(
                ImageFile.Read<float>(parse.GetValue(pet)!.FullName),
                ImageFile.Read(parse.GetValue(ct)!.FullName),
                ImageFile.Read<byte>(parse.GetValue(lesions)!.FullName));
            var classes = classifier.Manifest.Classes;
            var csv = new StringBuilder();
            csv.Append("lesion_id,predicted_class");
            foreach (var name in classes)
            {
                csv.Append(",p_").Append(name);
            }

            csv.Append('\n');
            foreach (var p in predictions)
            {
                csv.Append(p.LesionId.ToString(CultureInfo.InvariantCulture)).Append(',').Append(classes[p.PredictedClass]);
                foreach (var probability in p.Probabilities)
                {
                    csv.Append(',').Append(probability.ToString("0.######", CultureInfo.InvariantCulture));
                }

                csv.Append('\n');
            }

            string path = parse.GetValue(output)!.FullName;
            File.WriteAllText(path + ".tmp", csv.ToString());
            File.Move(path + ".tmp", path, overwrite: true);
            context.Console.WriteLine($"{predictions.Count} lesions classified; table written to {path}");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
