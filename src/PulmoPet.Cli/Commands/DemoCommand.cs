using System.CommandLine;
using PulmoPet.Imaging.Io;
using PulmoPet.Phantom;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet demo</c>: generates a small synthetic cohort and walks through what PulmoPet does with it.</summary>
public static class DemoCommand
{
    public const int DefaultPatients = 8;
    public const long DefaultSeed = 2026;

    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for the demo's files.", DefaultValueFactory = _ => new DirectoryInfo("demo-out") };
        var patients = new Option<int>("--patients", "-n") { Description = "Number of synthetic patients.", DefaultValueFactory = _ => DefaultPatients };
        var seed = new Option<long>("--seed") { Description = "Random seed of the synthetic cohort.", DefaultValueFactory = _ => DefaultSeed };
        var command = new Command("demo", "Run the demo: a synthetic PET/CT cohort with known lesions, summarised.");
        command.Options.Add(output);
        command.Options.Add(patients);
        command.Options.Add(seed);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string directory = parse.GetValue(output)!.FullName;
            var options = new CohortOptions { Patients = parse.GetValue(patients), Seed = parse.GetValue(seed), Centers = 2 };
            options.Validate();
            var console = context.Console;
            console.MarkupLine("[bold]PulmoPet demo[/]");
            console.MarkupLine($"1. Generating a synthetic chest PET/CT cohort of {options.Patients} patients (seed {options.Seed}) in [bold]{Markup.Escape(directory)}[/]");
            var summary = PhantomCommand.Generate(context, directory, options);
            PhantomCommand.PrintSummary(console, summary, options);

            console.WriteLine();
            console.MarkupLine("2. Ground-truth lesions of the first patients (lesions_truth.csv):");
            var lesionTable = new Table().Border(TableBorder.Simple)
                .AddColumns("case", "class", "lesion", "side", "lobe", "diameter mm", "volume ml", "true SUVmax");
            foreach (var patient in summary.Patients.Take(4))
            {
                foreach (var lesion in patient.Lesions)
                {
                    lesionTable.AddRow(
                        lesion.CaseId,
                        lesion.LesionClass.ToName(),
                        lesion.LesionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        lesion.Side.ToString().ToLowerInvariant(),
                        lesion.Lobe.ToString(),
                        FormattableString.Invariant($"{lesion.MaxDiameterMm:0.0}"),
                        FormattableString.Invariant($"{lesion.VolumeMl:0.00}"),
                        FormattableString.Invariant($"{lesion.TrueSuvMax:0.0}"));
                }
            }

            console.Write(lesionTable);

            string firstCase = Path.Combine(directory, summary.CaseIds[0]);
            console.MarkupLine($"3. The PET of {summary.CaseIds[0]}, as [bold]pulmopet info[/] describes it:");
            string pet = Path.Combine(firstCase, CohortGenerator.PetFile);
            InfoCommand.Print(console, pet, ImageFile.ReadHeader(pet), ImageFile.Read(pet));
            console.WriteLine();
            console.MarkupLine($"Files per patient in [bold]{Markup.Escape(firstCase)}[/]: {string.Join(", ", Directory.GetFiles(firstCase).Select(Path.GetFileName).Order(StringComparer.Ordinal))}");
            console.MarkupLine("Open them in 3D Slicer or ITK-SNAP, or try: [bold]./pulmopet info " + Markup.Escape(Path.Combine(firstCase, CohortGenerator.CtFile)) + "[/]");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
