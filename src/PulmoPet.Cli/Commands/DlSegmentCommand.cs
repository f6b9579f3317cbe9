using System.CommandLine;
using System.Globalization;
using System.Text;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Lungs;
using PulmoPet.Pet.Reporting;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet dl segment --model DIR --pet PET --ct CT --out LABELS.nii.gz</c>: lesion instance label map on
/// the PET grid; or <c>--cohort COHORT [--test-centers C] --out DIR</c>: DIR/&lt;case&gt;/lesions.nii.gz for every
/// case and DIR/evaluate-seg.csv (case_id, pred, truth) for <c>pulmopet evaluate-seg --manifest</c>.
/// </summary>
public static class DlSegmentCommand
{
    /// <summary>The manifest written beside cohort segmentations, in the columns <c>pulmopet evaluate-seg --manifest</c> reads.</summary>
    public const string EvaluationManifest = "evaluate-seg.csv";

    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-seg'.", Required = true };
        var pet = new Option<FileInfo?>("--pet") { Description = "PET image in SUV (NIfTI, NRRD or MetaImage); one case, without --cohort." };
        var ct = new Option<FileInfo?>("--ct") { Description = "CT image in HU covering the PET field of view; one case, without --cohort." };
        var lungs = new Option<FileInfo?>("--lungs") { Description = "Optional lung mask (nonzero = lung) on the CT grid; restricts the search to the lungs' bounding box." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Label map to write (.nii.gz, on the PET grid); with --cohort, the folder to write one per case into.", Required = true };
        var device = DlCommand.DeviceOption();
        var cohort = DlCohortOptions.ForTesting();
        var command = new Command("segment",
            "Segment FDG-avid lung lesions with a trained model: sliding-window inference, lesion instance labels (26-connected, largest first) on the PET grid.");
        foreach (var option in new Option[] { model, pet, ct, lungs, output, device })
        {
            command.Options.Add(option);
        }

        cohort.AddTo(command);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var cases = cohort.Read(parse);
            var segmenter = LesionSegmenter.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            string path = parse.GetValue(output)!.FullName;
            if (cases is null)
            {
                if (parse.GetValue(pet) is not { } petFile || parse.GetValue(ct) is not { } ctFile)
                {
                    throw new InvalidInputException("Give --pet and --ct for one case, or --cohort for many.");
                }

                var labels = Segment(segmenter, petFile.FullName, ctFile.FullName, parse.GetValue(lungs)?.FullName, path, Path.GetFileName(TablePath(path))[..^4]);
                context.Console.WriteLine(Describe(labels, path));
                return ErrorReporter.Success;
            }

            Directory.CreateDirectory(path);
            var manifest = new StringBuilder("case_id,pred,truth\n");
            foreach (var item in cases)
            {
                string target = Path.Combine(path, item.CaseId, CohortManifest.PhantomLesions);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var labels = Segment(segmenter, item.PetPath, item.CtPath, item.LungsPath, target, item.CaseId);
                context.Console.WriteLine($"{item.CaseId}: {Describe(labels, target)}");
                if (item.LesionsPath is not null)
                {
                    manifest.Append(CultureInfo.InvariantCulture, $"{item.CaseId},{Path.Combine(item.CaseId, CohortManifest.PhantomLesions)},{item.LesionsPath}\n");
                }
            }

            AtomicFile.WriteAllText(Path.Combine(path, EvaluationManifest), manifest.ToString());
            context.Console.WriteLine($"{cases.Count} cases segmented; pulmopet evaluate-seg --manifest {Path.Combine(path, EvaluationManifest)} scores them against their lesion labels");
            return ErrorReporter.Success;
        }));
        return command;
    }

    private static Volume<byte> Segment(LesionSegmenter segmenter, string pet, string ct, string? lungs, string target, string caseId)
    {
        var lungVolume = lungs is null ? null : ImageFile.Read<byte>(lungs);
        var petVolume = ImageFile.Read<float>(pet);
        var ctVolume = ImageFile.Read(ct);
        var labels = LesionInstances.FromMask(segmenter.Segment(petVolume, ctVolume, lungVolume));
        ImageFile.Write(labels, target);
        WriteLesionTable(petVolume, ctVolume, lungVolume, labels, TablePath(target), caseId);
        return labels;
    }

    /// <summary>The lesion table of <c>pulmopet lesions</c>, measured on the network's lesions ("network" delineation).</summary>
    private static void WriteLesionTable(Volume<float> pet, Volume ct, Volume<byte>? lungs, Volume<byte> labels, string path, string caseId)
    {
        // Side and zone need right/left labels; a binary mask is replaced by the CT's own lung segmentation.
        bool labelled = lungs is not null && lungs.Voxels.Contains((byte)LungLabel.Left);
        var lungLabels = labelled ? lungs! : ct switch
        {
            Volume<short> v => LungSegmenter.Segment(v).Labels,
            _ => LungSegmenter.Segment(ct.ToFloat()).Labels,
        };
        var lungsOnPet = lungLabels.Geometry.IsSameGrid(pet.Geometry)
            ? lungLabels
            : Resampler.Resample(lungLabels, pet.Geometry, Interpolation.Nearest);
        var lesions = LesionMeasurement.FromLabels(pet, labels, lungsOnPet);
        AtomicFile.WriteAllText(path, LesionTable.Format(caseId, lesions, double.NaN, "network"));
    }

    /// <summary>X.nii.gz → X.csv next to it.</summary>
    internal static string TablePath(string labelPath)
    {
        string name = Path.GetFileName(labelPath);
        foreach (string extension in new[] { ".nii.gz", ".nii", ".nrrd", ".mha", ".mhd" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^extension.Length];
                break;
            }
        }

        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(labelPath))!, name + ".csv");
    }

    private static string Describe(Volume<byte> labels, string path)
    {
        long lesionVoxels = labels.Voxels.LongCount(v => v != 0);
        int lesions = lesionVoxels == 0 ? 0 : labels.Voxels.Max();
        return FormattableString.Invariant(
            $"{lesions} lesion(s), {lesionVoxels} voxels ({lesionVoxels * labels.Geometry.VoxelVolumeMl:F1} ml) written to {path}");
    }
}
