using System.CommandLine;
using System.Globalization;
using System.Text;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet dl classify --model DIR --pet PET --ct CT --lesions LABELS --out TABLE.csv</c>: class probabilities per
/// lesion; or <c>--cohort COHORT [--test-centers C] --out TABLE.csv</c>: predictions for <c>pulmopet evaluate</c>.
/// </summary>
public static class DlClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-cls'.", Required = true };
        var pet = new Option<FileInfo?>("--pet") { Description = "PET image in SUV; one case, without --cohort." };
        var ct = new Option<FileInfo?>("--ct") { Description = "CT image in HU; one case, without --cohort." };
        var lesions = new Option<FileInfo?>("--lesions") { Description = "Lesion instance label map (1, 2, … per lesion), on any grid; one case, without --cohort." };
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "CSV table to write: lesion_id, predicted_class, p_<class>…; with --cohort, one row per lesion in the columns 'pulmopet evaluate' reads "
                + "(case_id, truth, predicted, prob_<class>…) and a per-patient table (mean lesion probabilities) beside it as <name>_patients.csv.",
            Required = true,
        };
        var device = DlCommand.DeviceOption();
        var cohort = DlCohortOptions.ForTesting();
        var command = new Command("classify", "Classify each lesion of a label map with a trained lesion classifier.");
        foreach (var option in new Option[] { model, pet, ct, lesions, output, device })
        {
            command.Options.Add(option);
        }

        cohort.AddTo(command);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var cases = cohort.Read(parse);
            var classifier = LesionClassifier.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            if (cases is not null)
            {
                DlCohortClassification.Run(context, classifier, cases, parse.GetValue(output)!.FullName);
                return ErrorReporter.Success;
            }

            if (parse.GetValue(pet) is not { } petFile || parse.GetValue(ct) is not { } ctFile || parse.GetValue(lesions) is not { } lesionFile)
            {
                throw new InvalidInputException("Give --pet, --ct and --lesions for one case, or --cohort for many.");
            }

            var predictions = classifier.Classify(ImageFile.Read<float>(petFile.FullName), ImageFile.Read(ctFile.FullName), ImageFile.Read<byte>(lesionFile.FullName));
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
