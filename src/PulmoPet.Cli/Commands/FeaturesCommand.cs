using System.CommandLine;
using PulmoPet.Imaging;
using PulmoPet.Radiomics.PyRadiomics.Parameters;
using PulmoPet.Radiomics.Tables;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet features</c>: radiomics features with PyRadiomics names, for one image/mask pair or a manifest of
/// cases, into one CSV (one row per case). Exit code: 0 when at least one case succeeded (the table holds those
/// cases; each failed case is one stderr line), 1 when no case succeeded or the input is invalid (no file is written).
/// </summary>
public static class FeaturesCommand
{
    public static Command Create(CliContext context)
    {
        var image = new Option<FileInfo?>("--image") { Description = "Image (NIfTI, NRRD, MetaImage): SUV PET or HU CT as stored." };
        var mask = new Option<FileInfo?>("--mask") { Description = "Mask on the image grid; the ROI is the voxels equal to --label." };
        var label = new Option<int?>("--label") { Description = "ROI label (default: the parameter file's label, else 1)." };
        var caseId = new Option<string?>("--case-id") { Description = "case_id of the single row (default: the image file name)." };
        var manifest = new Option<FileInfo?>("--manifest") { Description = "CSV with columns case_id,image,mask and optionally label (paths relative to the manifest)." };
        var parameters = new Option<FileInfo?>("--params") { Description = "PyRadiomics parameter file (YAML). Default: PyRadiomics' defaults (binWidth 25, label 1, original image, all 3D classes)." };
        var ibsi = new Option<bool>("--ibsi") { Description = "Also write the IBSI features (columns ibsi_<IBSI tag>)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Cases extracted at once (manifest mode).", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--out", "-o") { Description = "CSV to write (atomically).", Required = true };
        var command = new Command("features", "Extract radiomics features (PyRadiomics names and settings) for one image/mask pair or a manifest of cases into a CSV.");
        foreach (var option in new Option[] { image, mask, label, caseId, manifest, parameters, ibsi, jobs, output }) command.Options.Add(option);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var cases = Cases(parse.GetValue(image), parse.GetValue(mask), parse.GetValue(label), parse.GetValue(caseId), parse.GetValue(manifest));
            int jobCount = parse.GetValue(jobs);
            if (jobCount < 1) throw new InvalidInputException("--jobs must be at least 1.");
            var paramsFile = parse.GetValue(parameters);
            var builder = new FeatureTableBuilder(paramsFile is null ? new PyRadiomicsParameters() : PyRadiomicsParameterFile.Read(paramsFile.FullName))
            {
                IncludeIbsi = parse.GetValue(ibsi),
                Jobs = jobCount,
            };
            var table = builder.Build(cases, (c, e) => context.Error.WriteLine($"pulmopet: error: case {c.CaseId} skipped: {e.Message}"));
            if (table.Rows.Count == 0)
            {
                throw new InvalidInputException(cases.Count == 1 ? "The case failed; no table was written." : $"All {cases.Count} cases failed; no table was written.");
            }

            string path = parse.GetValue(output)!.FullName;
            table.WriteCsv(path);
            int failed = cases.Count - table.Rows.Count;
            context.Output.WriteLine($"wrote {path} ({table.Rows.Count} case(s), {table.FeatureNames.Count} features{(failed > 0 ? $", {failed} case(s) skipped" : "")})");
            return ErrorReporter.Success;
        }));
        return command;
    }

    private static IReadOnlyList<FeatureCase> Cases(FileInfo? image, FileInfo? mask, int? label, string? caseId, FileInfo? manifest)
    {
        if (manifest is not null)
        {
            if (image is not null || mask is not null || caseId is not null)
            {
                throw new InvalidInputException("Use either --manifest or --image/--mask, not both.");
            }

            var cases = FeatureCase.ReadManifest(manifest.FullName);
            return label is int l ? [.. cases.Select(c => c with { Label = c.Label ?? l })] : cases;
        }

        if (image is null || mask is null) throw new InvalidInputException("Give --image and --mask, or --manifest.");
        if (label is <= 0) throw new InvalidInputException("--label must be a whole number > 0.");
        return [new FeatureCase(caseId ?? CaseName(image.Name), image.FullName, mask.FullName, label)];
    }

    /// <summary>The image file name without its image extension (.nii.gz, .nii, .nrrd, .nhdr, .mha, .mhd).</summary>
    internal static string CaseName(string fileName)
    {
        foreach (string ext in new[] { ".nii.gz", ".nii", ".nrrd", ".nhdr", ".mha", ".mhd" })
        {
            if (fileName.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return fileName[..^ext.Length];
        }

        return fileName;
    }
}
