using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Bone;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet dl bone --model DIR --ct CT --out INSTANCES.nii.gz</c>: bone-lesion instances and their probability of lung origin.</summary>
public static class DlBoneCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-bone'.", Required = true };
        var ct = new Option<FileInfo>("--ct") { Description = "CT in HU (NIfTI, NRRD or MetaImage).", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Instance label map to write (.nii.gz) on the model's grid; a CSV of the instances is written next to it.", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("bone", "Find bone lesions on CT with a trained model: instance labels and, per instance, the probability of lung-cancer origin.");
        foreach (var option in new Option[] { model, ct, output, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var detector = BoneLesionDetector.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            var detection = detector.Detect(ImageFile.Read(parse.GetValue(ct)!.FullName));
            string path = parse.GetValue(output)!.FullName;
            ImageFile.Write(detection.InstanceVolume(), path);
            string table = Path.ChangeExtension(path.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path, ".csv");
            RelatedCsv.Write(table, ["lesion_id", "voxel_count", "volume_ml", "centroid_x_mm", "centroid_y_mm", "centroid_z_mm", "lung_origin_probability"],
                detection.Lesions.Select(l => (IReadOnlyList<string>)[
                    l.Label.ToString(CultureInfo.InvariantCulture), l.VoxelCount.ToString(CultureInfo.InvariantCulture), RelatedCsv.Number(l.VolumeMl),
                    RelatedCsv.Number(l.CentroidMm.X, 2), RelatedCsv.Number(l.CentroidMm.Y, 2), RelatedCsv.Number(l.CentroidMm.Z, 2), RelatedCsv.Number(l.LungOriginProbability)]));
            context.Console.WriteLine($"{detection.Lesions.Count} bone lesion instances written to {path} and {table}");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
