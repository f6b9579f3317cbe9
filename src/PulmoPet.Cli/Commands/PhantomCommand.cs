using System.CommandLine;
using PulmoPet.Phantom;
using PulmoPet.Phantom.Dicom;
using PulmoPet.Phantom.Output;
using PulmoPet.Phantom.Related;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet phantom --out DIR --patients N --seed S</c>: a synthetic PET/CT cohort with ground truth.</summary>
public static class PhantomCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder to write the cohort into (created if needed).", Required = true };
        var patients = new Option<int>("--patients", "-n") { Description = "Number of patients.", DefaultValueFactory = _ => 40 };
        var seed = new Option<long>("--seed") { Description = "Random seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => 1 };
        var centers = new Option<int>("--centers") { Description = "Number of centres (scanners with their own resolution and noise).", DefaultValueFactory = _ => 3 };
        var dose = new Option<double>("--dose-factor") { Description = "Fraction of a standard dose/scan time; 0.1 simulates a low-dose scan.", DefaultValueFactory = _ => 1.0 };
        var dicom = new Option<bool>("--dicom")
        {
            Description = "Also write DICOM per case: dicom/CT, dicom/PT (Bq/ml; SUV must be computed from the header), dicom/RTSTRUCT.dcm and dicom/SEG.dcm of the lesions.",
        };
        var with = new Option<string?>("--with")
        {
            Description = "Related outputs per case, comma-separated: perfusion (perfusion.nii.gz), organs (organs_pet.nii.gz), dose (pet_drf_{1,10,20,50}.nii.gz, pet_nac.nii.gz), bone (ct_bone.nii.gz, bone_lesions.nii.gz/.csv), or all.",
        };
        var threads = new Option<int>("--threads") { Description = "Threads to use (-1 = all cores); the output does not depend on it.", DefaultValueFactory = _ => -1 };
        var command = new Command("phantom",
            "Generate a synthetic chest PET/CT cohort: CT (HU), PET (SUV), lesion, lung, lobe and organ labels per patient, clinical.csv and lesions_truth.csv.");
        foreach (var option in new Option[] { output, patients, seed, centers, dose, dicom, with, threads })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var options = new CohortOptions
            {
                Patients = parse.GetValue(patients),
                Seed = parse.GetValue(seed),
                Centers = parse.GetValue(centers),
                DoseFactor = parse.GetValue(dose),
                MaxDegreeOfParallelism = parse.GetValue(threads),
            };
            options.Validate();
            var related = RelatedOutputs.Parse(parse.GetValue(with));
            var summary = Generate(context, parse.GetValue(output)!.FullName, options, parse.GetValue(dicom), related);
            PrintSummary(context.Console, summary, options);
            return ErrorReporter.Success;
        }));
        return command;
    }

    /// <summary>Writes the cohort with a progress bar on a terminal.</summary>
    internal static CohortSummary Generate(CliContext context, string directory, CohortOptions options, bool dicom = false, RelatedOutput related = RelatedOutput.None)
    {
        Action<SyntheticPatient, string>? writeDicom = dicom || related != RelatedOutput.None
            ? (patient, patientDirectory) =>
            {
                if (dicom)
                {
                    PhantomDicomExporter.Write(patient, patientDirectory, options.Seed);
                }

                RelatedOutputs.Write(patient, patientDirectory, options.Seed, related);
            }
            : null;
        if (!context.IsInteractive)
        {
            return CohortGenerator.Write(directory, options, writeExtra: writeDicom);
        }

        CohortSummary? summary = null;
        context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progressContext =>
            {
                var task = progressContext.AddTask($"generating {options.Patients} patients", maxValue: options.Patients);
                summary = CohortGenerator.Write(directory, options, new Progress<int>(done => task.Value = done), writeExtra: writeDicom);
                task.Value = options.Patients;
            });
        return summary!;
    }

    internal static void PrintSummary(IAnsiConsole console, CohortSummary summary, CohortOptions options)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("class", "patients", "lesions", "lesions/patient", "true SUVmax range", "diameter range (mm)");
        foreach (var group in summary.Patients.GroupBy(p => p.Clinical.LesionClass).OrderBy(g => g.Key))
        {
            var lesions = group.SelectMany(p => p.Lesions).ToList();
            table.AddRow(
                group.Key.ToName(),
                group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                lesions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                FormattableString.Invariant($"{(double)lesions.Count / group.Count():0.0}"),
                lesions.Count == 0 ? "-" : FormattableString.Invariant($"{lesions.Min(l => l.TrueSuvMax):0.0} – {lesions.Max(l => l.TrueSuvMax):0.0}"),
                lesions.Count == 0 ? "-" : FormattableString.Invariant($"{lesions.Min(l => l.MaxDiameterMm):0} – {lesions.Max(l => l.MaxDiameterMm):0}"));
        }

        console.Write(table);
        console.WriteLine(FormattableString.Invariant(
            $"{summary.CaseIds.Count} patients, {summary.LesionCount} lesions, seed {options.Seed}, written to {summary.OutputDirectory} in {summary.Elapsed.TotalSeconds:0.0} s"));
    }
}
