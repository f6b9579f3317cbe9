using PulmoPet.Imaging.Io;

namespace PulmoPet.Stats.Plots;

/// <summary>
/// Journal figure sizes: a single column is about 3.5 in (89 mm) wide; figures are rendered at 300 dpi by
/// scaling ScottPlot's 96-dpi layout (fonts, lines) by 300/96 so text stays legible after reduction.
/// </summary>
public static class FigureSize
{
    public const double Dpi = 300;
    public const double SingleColumnInches = 3.5;
    public const double ScreenDpi = 96;

    /// <summary>Sans-serif family for figure text (ScottPlot falls back to its default when it is not installed).</summary>
    public const string SansSerifFont = "DejaVu Sans";

    /// <summary>Renders <paramref name="plot"/> to a PNG of <paramref name="widthInches"/> × <paramref name="heightInches"/> at 300 dpi.</summary>
    public static void SavePng(ScottPlot.Plot plot, string path, double widthInches = SingleColumnInches, double heightInches = SingleColumnInches)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.ScaleFactor = (float)(Dpi / ScreenDpi);
        plot.Font.Set(SansSerifFont);
        int width = (int)Math.Round(widthInches * Dpi);
        int height = (int)Math.Round(heightInches * Dpi);
        byte[] png = plot.GetImageBytes(width, height, ScottPlot.ImageFormat.Png);
        byte[] withDpi = PngResolution.WithDpi(png, Dpi);
        AtomicFile.Write(path, stream => stream.Write(withDpi));
    }
}
