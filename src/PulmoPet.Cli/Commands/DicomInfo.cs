using System.Globalization;
using PulmoPet.Imaging.Dicom;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>The series listing <c>pulmopet info DICOMDIR</c> prints.</summary>
internal static class DicomInfo
{
    public static void Print(IAnsiConsole console, string folder)
    {
        var scan = DicomSeriesScanner.ScanFolder(folder);
        if (scan.Series.Count == 0)
        {
            throw new PulmoPet.Imaging.InvalidInputException($"{folder} holds no DICOM image series.");
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns(
            "modality", "series", "description", "slices", "size", "spacing (mm)", "units", "SUVbw factor (g/Bq)");
        foreach (var series in scan.Series)
        {
            var g = series.Geometry;
            string factor = series.Suv is { } suv
                ? suv.BodyWeightFactor.ToString("G6", CultureInfo.InvariantCulture)
                : series.Modality == "PT" ? $"none: {series.SuvError}" : "-";
            table.AddRow(
                Markup.Escape(series.Modality),
                Markup.Escape(series.SeriesInstanceUid),
                Markup.Escape(series.SeriesDescription),
                series.SliceCount.ToString(CultureInfo.InvariantCulture),
                $"{g.Size.X}×{g.Size.Y}×{g.Size.Z}",
                FormattableString.Invariant($"{g.Spacing.X:0.###} × {g.Spacing.Y:0.###} × {g.Spacing.Z:0.###}"),
                Markup.Escape(series.Units),
                Markup.Escape(factor));
        }

        console.Write(table);
        foreach (var series in scan.Series)
        {
            if (series.Suv is { } suv)
            {
                console.WriteLine($"{series.Modality} {series.SeriesInstanceUid} SUVbw factor from: {string.Join("; ", suv.Sources)}");
            }

            foreach (string warning in series.Warnings)
            {
                console.MarkupLine($"[yellow]warning[/] {Markup.Escape(series.Modality)} {Markup.Escape(series.SeriesInstanceUid)}: {Markup.Escape(warning)}");
            }
        }
    }
}
