using System.CommandLine;
using PulmoPet.Imaging;
using PulmoPet.Pet.Delineation;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Lobes;
using PulmoPet.Pet.Reference;
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
        var threshold = new Option<string>("--threshold")
        {
            Description = "Detection threshold: an SUV (default 2.5), or liver[:F] / blood-pool[:F] = F × the reference's mean + 2 SD, measured in a 3 cm liver sphere / 1 × 2 cm descending-aorta cylinder placed from the CT (PERCIST: F = 1.5 / 2).",
            DefaultValueFactory = _ => UptakeThreshold.DefaultSuv.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var liver = new Option<double?>("--liver-mean") { Description = "Use the PERCIST threshold 1.5 × this mean liver SUV (+ 2 × --liver-sd) instead of measuring the liver." };
        var liverSd = new Option<double>("--liver-sd") { Description = "SD of the liver reference (SUV) for the PERCIST threshold.", DefaultValueFactory = _ => 0 };
        var bloodPool = new Option<double?>("--blood-pool-mean") { Description = "Use the PERCIST threshold 2 × this mean blood-pool SUV (+ 2 × --blood-pool-sd) instead of measuring the aorta." };
        var bloodPoolSd = new Option<double>("--blood-pool-sd") { Description = "SD of the blood-pool reference (SUV) for the PERCIST threshold.", DefaultValueFactory = _ => 0 };
        var lobes = new Option<string?>("--lobes") { Description = "Lobe label map (file or DICOM folder); adds a lobe column (RUL, RML, RLL, LUL, LLL) to lesions.csv." };
        var lobeLabels = new Option<string>("--lobe-labels")
        {
            Description = "How --lobes numbers the lobes: pulmopet (1 RUL, 2 RML, 3 RLL, 4 LUL, 5 LLL, as the phantom) or totalsegmentator (v2 'total': 10 LUL, 11 LLL, 12 RUL, 13 RML, 14 RLL).",
            DefaultValueFactory = _ => LobeLabelScheme.PulmoPet.Name,
        };
        var contrastSeed = new Option<double?>("--contrast-seed")
        {
            Description = "Also accept foci from this SUV up to the threshold when their SUVmax is ≥ 2.5 × the median SUV of the lung 15–25 mm around them (off by default; finds fainter nodules at the cost of vessel false positives).",
        };
        var relative = new Option<double?>("--relative") { Description = "Delineate at this fraction of each lesion's SUVmax (default 0.4: MTV40%; 0.41 and 0.5 are common)." };
        var absolute = new Option<double?>("--absolute") { Description = "Delineate at this fixed SUV (e.g. 2.5) instead of a fraction of SUVmax." };
        var caseId = new Option<string?>("--case-id") { Description = "Case id written in the table (default: the PET file name)." };
        var command = new Command("lesions", "Find every FDG-avid lung lesion, delineate it (MTV40% by default) and measure SUVmax, SUVmean, SUVpeak, MTV, TLG, size and location.");
        foreach (var option in new Option[] { pet, ct, lungs, output, threshold, liver, liverSd, bloodPool, bloodPoolSd, lobes, lobeLabels, contrastSeed, relative, absolute, caseId })
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

            if (parse.GetValue(liver) is not null && parse.GetValue(bloodPool) is not null)
            {
                throw new InvalidInputException("Give either --liver-mean or --blood-pool-mean, not both.");
            }

            if (parse.GetValue(contrastSeed) is { } seedSuv && !(double.IsFinite(seedSuv) && seedSuv > 0))
            {
                throw new InvalidInputException($"--contrast-seed must be a positive SUV, not {seedSuv.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }

            var (fixedThreshold, referenceThreshold) = ReferenceThreshold.Parse(parse.GetValue(threshold)!);
            var scheme = LobeLabelScheme.Named(parse.GetValue(lobeLabels)!);
            var options = new LesionAnalysisOptions
            {
                Threshold = parse.GetValue(liver) is { } liverMean ? UptakeThreshold.FromLiver(liverMean, parse.GetValue(liverSd))
                    : parse.GetValue(bloodPool) is { } bloodMean ? UptakeThreshold.FromBloodPool(bloodMean, parse.GetValue(bloodPoolSd))
                    : fixedThreshold ?? UptakeThreshold.Default,
                ContrastSeedSuv = parse.GetValue(contrastSeed) ?? LesionAnalysisOptions.DefaultContrastSeedSuv,
                ReferenceThreshold = parse.GetValue(liver) is null && parse.GetValue(bloodPool) is null ? referenceThreshold : null,
                Delineation = parse.GetValue(absolute) is { } level
                    ? DelineationRule.Absolute(level)
                    : DelineationRule.Relative(parse.GetValue(relative) ?? MtvThresholdDelineator.DefaultRelativeThreshold),
            };
            string petPath = parse.GetValue(pet)!;
            var petImage = LesionsInputs.ReadImage(petPath, "PET").ToFloat();
            var ctImage = ctPath is null ? null : LesionsInputs.ReadImage(ctPath, "CT");
            var lungMask = lungsPath is null ? null : LesionsInputs.ReadImage(lungsPath, "lung mask").ConvertTo<byte>();
            var inventory = LesionAnalyzer.Analyze(petImage, ctImage, lungMask, options);
            if (parse.GetValue(lobes) is { } lobesPath)
            {
                inventory = LobeLocator.Assign(inventory, LesionsInputs.ReadImage(lobesPath, "lobe map"), scheme);
            }

            string directory = parse.GetValue(output)!.FullName;
            string id = parse.GetValue(caseId) ?? LesionsInputs.CaseIdOf(petPath);
            LesionReportWriter.Write(directory, id, petImage, inventory);
            if (inventory.ReferenceUptake is { } reference)
            {
                context.Console.MarkupLineInterpolated(
                    $"{reference.Region} reference ({reference.Shape}) at ({reference.CentreMm.X:0.0}, {reference.CentreMm.Y:0.0}, {reference.CentreMm.Z:0.0}) mm: mean SUV {reference.MeanSuv:0.00}, SD {reference.SdSuv:0.00}; threshold {inventory.Threshold.Description} = SUV {inventory.Threshold.Suv:0.00}");
            }

            context.Console.MarkupLineInterpolated(
                $"{inventory.LesionCount} lung lesion(s), total MTV {inventory.TotalMetabolicTumorVolumeMl:0.00} ml, total TLG {inventory.TotalLesionGlycolysis:0.00}; wrote [bold]{directory}[/]");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
