using System.CommandLine;
using PulmoPet.Imaging;
using PulmoPet.Pet.Delineation;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Reporting;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet lesions --pet PET --ct CT --out DIR</c>: finds, delineates (MTV40%) and measures every lung
/// lesion; writes lesions.csv, lesions.nii.gz, lungs.nii.gz, mip.png and summary.json into DIR.
/// </summary>
public static class LesionsCommand
{
    public static Command Create(CliContext context)
    {
        var pet = new Option<string>("--pet") { Description = "PET in SUV: an image file or a folder with one DICOM series already in SUV.", Required = true };
        var ct = new Option<string?>("--ct") { Description = "CT in HU the lungs are segmented from (file or DICOM folder). Needed unless --lungs is given." };
        var lungs = new Option<string?>("--lungs") { Description = "Lung label map (0 background, 1 right, 2 left) to use instead of segmenting the CT." };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder to write the results into.", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Detection threshold (SUV).", DefaultValueFactory = _ => UptakeThreshold.DefaultSuv };
        var liver = new Option<double?>("--liver-mean") { Description = "Use the PERCIST threshold 1.5 × this mean liver SUV (+ 2 × --liver-sd) instead of --threshold." };
        var liverSd = new Option<double>("--liver-sd") { Description = "SD of the liver reference (SUV) for the PERCIST threshold.", DefaultValueFactory = _ => 0 };
        var relative = new Option<double?>("--relative") { Description = "Delineate at this fraction of each lesion's SUVmax (default 0.4: MTV40%; 0.41 and 0.5 are common)." };
        var absolute = new Option<double?>("--absolute") { Description = "Delineate at this fixed SUV (e.g. 2.5) instead of a fraction of SUVmax." };
        var caseId = new Option<string?>("--case-id") { Description = "Case id written in the table (default: the PET file name)." };
        var command = new Command("lesions", "Find every FDG-avid lung lesion, delineate it (MTV40% by default) and measure SUVmax, SUVmean, SUVpeak, MTV, TLG, size and location.");
        foreach (var option in new Option[] { pet, ct, lungs, output, threshold, liver, liverSd, relative, absolute, caseId })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string? ctPath = parse.GetValue(ct);
            string? lungsPath = parse.GetValue(lungs);
            if (ctPath is null && lungsPath is null)
            {
                throw new InvalidInputException("Give --ct to segment the lungs from, or --lungs with a lung mask; without either there are no lungs to search.");
            }

            if (parse.GetValue(relative) is not null && parse.GetValue(absolute) is not null)
            {
                throw new InvalidInputException("Give either --relative or --absolute, not both.");
            }

            var options = new LesionAnalysisOptions
            {
                Threshold = parse.GetValue(liver) is { } liverMean
                    ? UptakeThreshold.FromLiver(liverMean, parse.GetValue(liverSd))
                    : UptakeThreshold.Absolute(parse.GetValue(threshold)),
                Delineation = parse.GetValue(absolute) is { } level
                    ? DelineationRule.Absolute(level)
                    : DelineationRule.Relative(parse.GetValue(relative) ?? MtvThresholdDelineator.DefaultRelativeThreshold),
            };
            string petPath = parse.GetValue(pet)!;
            var petImage = LesionsInputs.ReadImage(petPath, "PET").ToFloat();
            var ctImage = ctPath is null ? null : LesionsInputs.ReadImage(ctPath, "CT");
            var lungMask = lungsPath is null ? null : LesionsInputs.ReadImage(lungsPath, "lung mask").ConvertTo<byte>();
            var inventory = LesionAnalyzer.Analyze(petImage, ctImage, lungMask, options);
            string directory = parse.GetValue(output)!.FullName;
            string id = parse.GetValue(caseId) ?? LesionsInputs.CaseIdOf(petPath);
            LesionReportWriter.Write(directory, id, petImage, inventory);
            context.Console.MarkupLineInterpolated(
                $"{inventory.LesionCount} lung lesion(s), total MTV {inventory.TotalMetabolicTumorVolumeMl:0.00} ml, total TLG {inventory.TotalLesionGlycolysis:0.00}; wrote [bold]{directory}[/]");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
