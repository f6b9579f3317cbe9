using System.CommandLine;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Suv;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>The options of <c>pulmopet convert DICOMDIR</c>: which series, which SUV, and header overrides.</summary>
internal sealed class DicomConvertOptions
{
    private readonly Option<string?> _series = new("--series") { Description = "DICOM input: the SeriesInstanceUID to convert." };
    private readonly Option<string?> _modality = new("--modality") { Description = "DICOM input: the modality to convert (CT, PT) when the folder holds one series of it." };
    private readonly Option<string> _suv = new("--suv") { Description = "DICOM PET: bw (body weight, default), lbm (SUL, Janmahasatian), bsa, or none (Bq/ml).", DefaultValueFactory = _ => "bw" };
    private readonly Option<double?> _weight = new("--weight") { Description = "Override the patient weight (kg)." };
    private readonly Option<double?> _height = new("--height") { Description = "Override the patient height (m)." };
    private readonly Option<string?> _sex = new("--sex") { Description = "Override the patient sex (M or F)." };
    private readonly Option<double?> _dose = new("--dose") { Description = "Override the injected dose (MBq)." };
    private readonly Option<string?> _injection = new("--injection-time") { Description = "Override the injection date-time (yyyy-MM-ddTHH:mm:ss)." };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _series, _modality, _suv, _weight, _height, _sex, _dose, _injection })
        {
            command.Options.Add(option);
        }
    }

    public Volume Load(CliContext context, string folder, ParseResult parse)
    {
        string? modality = parse.GetValue(_modality);
        string? uid = parse.GetValue(_series);
        var normalization = SuvNormalizations.Parse(parse.GetValue(_suv)!);
        var selected = DicomImageLoader.Select(DicomSeriesScanner.Scan(folder), folder, uid, modality);
        if (selected.Modality != "PT")
        {
            normalization = SuvNormalization.None;
        }

        var image = DicomImageLoader.Load(selected, normalization, Overrides(parse));
        if (image.Suv is { } suv)
        {
            context.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"{normalization} factor {image.Factor:G7} from {string.Join(", ", suv.Sources)}")));
            foreach (string warning in suv.Warnings)
            {
                context.Error.WriteLine($"pulmopet: warning: {warning}");
            }
        }

        return image.Volume;
    }

    private SuvOptions Overrides(ParseResult parse)
    {
        string? injection = parse.GetValue(_injection);
        DateTime? injectionTime = null;
        if (injection is not null)
        {
            if (!DateTime.TryParse(injection, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new InvalidInputException($"--injection-time {injection} is not a date-time; write it as 2024-03-01T09:30:00.");
            }

            injectionTime = parsed;
        }

        double? doseMBq = parse.GetValue(_dose);
        return new SuvOptions
        {
            PatientWeightKg = parse.GetValue(_weight),
            PatientHeightM = parse.GetValue(_height),
            PatientSex = parse.GetValue(_sex),
            InjectedDoseBq = doseMBq * 1e6,
            InjectionTime = injectionTime,
        };
    }
}
