using System.CommandLine;
using System.Globalization;
using System.Text;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet dl lungs --model DIR --ct CT --out LUNGS.nii.gz</c>: right (1) and left (2) lung labels on the CT grid
/// from the 2-D lung U-Net; or <c>--cohort COHORT [--test-centers C] --out DIR</c>: DIR/&lt;case&gt;/lungs.nii.gz and
/// DIR/evaluate-seg.csv, with which <c>pulmopet evaluate-seg</c> gives the Dice of each lung.
/// </summary>
public static class DlLungsCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<DirectoryInfo>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-lungs'.", Required = true };
        var ct = new Option<FileInfo?>("--ct") { Description = "CT image in HU at the model's in-plane spacing; one case, without --cohort." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Lung label map to write (.nii.gz, on the CT grid); with --cohort, the folder to write one per case into.", Required = true };
        var device = DlCommand.DeviceOption();
        var cohort = DlCohortOptions.ForTesting();
        var command = new Command("lungs", "Segment the right and left lung slice by slice with a trained 2-D lung U-Net.");
        foreach (var option in new Option[] { model, ct, output, device })
        {
            command.Options.Add(option);
        }

        cohort.AddTo(command);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var cases = cohort.Read(parse);
            var masker = LungMasker.Load(parse.GetValue(model)!.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
            string path = parse.GetValue(output)!.FullName;
            if (cases is null)
            {
                var ctFile = parse.GetValue(ct) ?? throw new InvalidInputException("Give --ct for one case, or --cohort for many.");
                context.Console.WriteLine(Describe(Segment(masker, ctFile.FullName, path), path));
                return ErrorReporter.Success;
            }

            Directory.CreateDirectory(path);
            var manifest = new StringBuilder("case_id,pred,truth\n");
            foreach (var item in cases)
            {
                string target = Path.Combine(path, item.CaseId, CohortManifest.PhantomLungs);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                context.Console.WriteLine($"{item.CaseId}: {Describe(Segment(masker, item.CtPath, target), target)}");
                if (item.LungsPath is not null)
                {
                    manifest.Append(CultureInfo.InvariantCulture, $"{item.CaseId},{Path.Combine(item.CaseId, CohortManifest.PhantomLungs)},{item.LungsPath}\n");
                }
            }

            AtomicFile.WriteAllText(Path.Combine(path, DlSegmentCommand.EvaluationManifest), manifest.ToString());
            context.Console.WriteLine($"{cases.Count} cases segmented; pulmopet evaluate-seg --manifest {Path.Combine(path, DlSegmentCommand.EvaluationManifest)} scores each lung against the labels");
            return ErrorReporter.Success;
        }));
        return command;
    }

    private static Volume<byte> Segment(LungMasker masker, string ct, string target)
    {
        var labels = masker.Segment(ImageFile.Read(ct));
        ImageFile.Write(labels, target);
        return labels;
    }

    private static string Describe(Volume<byte> labels, string path)
    {
        double voxelMl = labels.Geometry.VoxelVolumeMl;
        return FormattableString.Invariant(
            $"right lung {labels.Voxels.LongCount(v => v == 1) * voxelMl:F0} ml, left lung {labels.Voxels.LongCount(v => v == 2) * voxelMl:F0} ml written to {path}");
    }
}
